package dev.walletplatform.walletservice.auth;

import dev.walletplatform.walletservice.WalletServiceException;

/** The request has no bearer token, or one no configured client owns: answered 401 UNAUTHENTICATED. */
public final class UnauthenticatedException extends WalletServiceException {
  private static final long serialVersionUID = 1L;

  public UnauthenticatedException(String message) {
    super(message);
  }
}
