package dev.walletplatform.bench.load;

/**
 * One request of the mix, as the mobile client sends it.
 *
 * @param actingWallet the wallet money leaves or a claim credits: the one the caller's token must
 *     own
 * @param path under the API root, e.g. {@code /v1/transfers}
 * @param jsonBody amounts as decimal strings in asset units, as the API takes them
 */
public record WalletRequest(
    Kind kind, String actingWallet, String path, String idempotencyKey, String jsonBody) {
  public enum Kind {
    TRANSFER,
    WITHDRAWAL,
    CLAIM
  }
}
