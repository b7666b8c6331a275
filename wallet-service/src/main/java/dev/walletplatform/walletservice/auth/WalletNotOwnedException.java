package dev.walletplatform.walletservice.auth;

import dev.walletplatform.walletservice.WalletServiceException;

/**
 * The caller's token does not list the wallet it asks about: answered 403 WALLET_NOT_OWNED, whether
 * or not such a wallet exists, so nobody learns which wallets (or system accounts) there are.
 */
public final class WalletNotOwnedException extends WalletServiceException {
  private static final long serialVersionUID = 1L;

  public WalletNotOwnedException(String message) {
    super(message);
  }
}
