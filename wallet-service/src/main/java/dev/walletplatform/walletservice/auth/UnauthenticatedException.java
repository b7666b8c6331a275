package dev.walletplatform.walletservice.auth;

import dev.walletplatform.walletservice.WalletServiceException;

/** No bearer token, or one that does not verify: answered 401 UNAUTHENTICATED, the same for every reason. */
public final class UnauthenticatedException extends WalletServiceException {
  private static final long serialVersionUID = 1L;

  public UnauthenticatedException(String message) {
    super(message);
  }
}
