package dev.walletplatform.bench.load;

/**
 * One request of the mix, as the mobile client sends it.
 *
 * @param path under the API root, e.g. {@code /v1/transfers}
 * @param jsonBody amounts as decimal strings in asset units, as the API takes them
 */
public record WalletRequest(Kind kind, String path, String idempotencyKey, String jsonBody) {
  public enum Kind { TRANSFER, WITHDRAWAL, CLAIM }
}
