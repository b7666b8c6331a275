package dev.walletplatform.walletservice.api;

import dev.walletplatform.domain.id.WalletId;
import dev.walletplatform.kit.auth.Caller;
import dev.walletplatform.kit.http.WalletNotOwnedException;

/**
 * Reads the {wallet} path segment and decides whether the caller may read it: only wallets its
 * token lists. A system account ("sys:…", or kind SYSTEM) is never in a token — the identity
 * provider's wallet ids cannot even hold the colon — so it gets the same 403 as any wallet of
 * someone else, existing or not: nobody learns which wallets or system accounts exist.
 */
final class CustomerWallets {
  static final String SYSTEM_PREFIX = "sys:";

  private CustomerWallets() {}

  /**
   * A wallet the caller owns; else INVALID_WALLET_ID (400) for a malformed id, WALLET_NOT_OWNED
   * (403).
   */
  static WalletId owned(Caller caller, String text) {
    if (text != null && text.startsWith(SYSTEM_PREFIX)) {
      // not the 400 its colon would earn: system accounts look like anyone else's wallet
      throw notOwned(text);
    }
    WalletId wallet = WalletId.parse(text, "wallet");
    if (!caller.owns(wallet.value())) {
      throw notOwned(wallet.value());
    }
    return wallet;
  }

  /**
   * An owned wallet that is not a customer wallet in the ledger (not opened yet, or an issuer's
   * mistake).
   */
  static ResourceNotFoundException notFound(WalletId wallet) {
    return new ResourceNotFoundException(
        WalletServiceErrorCode.WALLET_NOT_FOUND, "wallet " + wallet + " does not exist");
  }

  private static WalletNotOwnedException notOwned(String wallet) {
    return new WalletNotOwnedException("wallet", wallet);
  }
}
