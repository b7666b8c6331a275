package dev.walletplatform.walletservice.api;

import dev.walletplatform.domain.id.WalletId;

/** Reads the {wallet} path segment: system accounts answer as if they did not exist. */
final class CustomerWallets {
  static final String SYSTEM_PREFIX = "sys:";
  private static final int ECHO_LIMIT = 96;

  private CustomerWallets() {}

  /**
   * A customer wallet id, or INVALID_WALLET_ID. An id starting "sys:" gets the same 404 as an
   * unknown wallet (not the 400 its colon would earn), so nobody learns which system accounts exist.
   */
  static WalletId parse(String text) {
    if (text != null && text.startsWith(SYSTEM_PREFIX)) {
      throw notFound(text);
    }
    return WalletId.parse(text, "wallet");
  }

  static ResourceNotFoundException notFound(Object wallet) {
    String shown = String.valueOf(wallet);
    if (shown.length() > ECHO_LIMIT) {
      shown = shown.substring(0, ECHO_LIMIT) + "...";
    }
    return new ResourceNotFoundException(ServiceErrorCode.WALLET_NOT_FOUND, "wallet " + shown + " does not exist");
  }
}
