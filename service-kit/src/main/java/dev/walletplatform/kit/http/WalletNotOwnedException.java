package dev.walletplatform.kit.http;

import java.util.Map;

/**
 * A 403: the caller's token does not list the wallet the request names — whether or not such a
 * wallet exists, so nobody learns which wallets (or system accounts) there are.
 */
public final class WalletNotOwnedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** An attacker's megabyte-long wallet id is not echoed back whole. */
  private static final int ECHO_LIMIT = 96;

  /**
   * @param field the request field or path parameter that named the wallet
   */
  public WalletNotOwnedException(String field, String wallet) {
    super(
        HttpErrorCode.WALLET_NOT_OWNED,
        field + " '" + shown(wallet) + "' is not a wallet of this token",
        Map.of("field", field));
  }

  private static String shown(String wallet) {
    return wallet.length() > ECHO_LIMIT ? wallet.substring(0, ECHO_LIMIT) + "..." : wallet;
  }
}
