package dev.walletplatform.bench.load;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The request mix of a giveaway day: 80% transfers between random wallets, 10% withdrawals and 10%
 * giveaway claims, USDC (6 decimals) and BTC (8), small amounts so funded wallets rarely run dry.
 * Request {@code seq} is a pure function of the seed and {@code seq}: reruns send the same traffic.
 */
public final class RequestMix {
  private final List<String> wallets;
  private final List<String> campaigns;
  private final String keyPrefix;
  private final long seed;

  /**
   * @param keyPrefix makes Idempotency-Keys unique per run (8..128 printable characters in all)
   */
  public RequestMix(List<String> wallets, List<String> campaigns, String keyPrefix, long seed) {
    if (wallets.size() < 2) {
      throw new IllegalArgumentException(
          "transfers need at least 2 wallets, got " + wallets.size());
    }
    if (campaigns.isEmpty()) {
      throw new IllegalArgumentException("claims need at least one campaign");
    }
    if (!keyPrefix.matches("[A-Za-z0-9-]{1,64}")) {
      throw new IllegalArgumentException(
          "keyPrefix must be 1..64 of [A-Za-z0-9-], was '" + keyPrefix + "'");
    }
    this.wallets = List.copyOf(wallets);
    this.campaigns = List.copyOf(campaigns);
    this.keyPrefix = keyPrefix;
    this.seed = seed;
  }

  public WalletRequest request(long seq) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + seq);
    String key = keyPrefix + "-" + seq + "-" + Long.toHexString(random.nextLong() & 0xFFFFFFL);
    int dice = random.nextInt(100);
    String wallet = wallets.get(random.nextInt(wallets.size()));
    if (dice < 80) {
      String to = wallets.get(random.nextInt(wallets.size() - 1));
      if (to.equals(wallet)) {
        to = wallets.get(wallets.size() - 1);
      }
      boolean usdc = random.nextInt(4) != 0;
      String amount = usdc ? amount(random, 1, 2_000_000, 6) : amount(random, 1, 50_000, 8);
      return new WalletRequest(
          WalletRequest.Kind.TRANSFER,
          wallet,
          "/v1/transfers",
          key,
          "{\"from_wallet\":\""
              + wallet
              + "\",\"to_wallet\":\""
              + to
              + "\",\"asset\":\""
              + (usdc ? "USDC" : "BTC")
              + "\",\"amount\":\""
              + amount
              + "\"}");
    }
    if (dice < 90) {
      return new WalletRequest(
          WalletRequest.Kind.WITHDRAWAL,
          wallet,
          "/v1/withdrawals",
          key,
          "{\"wallet\":\""
              + wallet
              + "\",\"asset\":\"USDC\",\"amount\":\""
              + amount(random, 1_000, 5_000_000, 6)
              + "\",\"destination\":\"0x"
              + Long.toHexString(random.nextLong() | Long.MIN_VALUE)
              + "\"}");
    }
    String campaign = campaigns.get(random.nextInt(campaigns.size()));
    return new WalletRequest(
        WalletRequest.Kind.CLAIM,
        wallet,
        "/v1/giveaways/" + campaign + "/claims",
        key,
        "{\"wallet\":\"" + wallet + "\"}");
  }

  /** A random amount of {@code min..max} minor units as a plain decimal string, e.g. "0.0015". */
  static String amount(SplittableRandom random, long minMinor, long maxMinor, int decimals) {
    long minor = minMinor + random.nextLong(maxMinor - minMinor + 1);
    return BigDecimal.valueOf(minor, decimals).stripTrailingZeros().toPlainString();
  }
}
