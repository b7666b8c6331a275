package dev.walletplatform.local.demo;

import dev.walletplatform.local.client.GatewayAnswer;
import dev.walletplatform.local.client.GatewayClient;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * The request mix of a giveaway evening: mostly transfers between customers, some withdrawals and
 * giveaway claims (repeated claims are realistic and get ALREADY_CLAIMED from the ledger).
 */
public final class DemoWorkload {
  private final List<String> wallets;
  private final String campaign;

  public DemoWorkload(List<String> wallets, String campaign) {
    if (wallets.size() < 2) {
      throw new IllegalArgumentException("a transfer needs two wallets, have " + wallets.size());
    }
    this.wallets = List.copyOf(wallets);
    this.campaign = campaign;
  }

  /** Sends one randomly chosen request with a fresh Idempotency-Key. */
  public GatewayAnswer sendOne(GatewayClient gateway, RandomGenerator random) {
    String key = "demo-" + UUID.randomUUID();
    int roll = random.nextInt(100);
    String wallet = pick(random);
    if (roll < 80) {
      String to = pick(random);
      while (to.equals(wallet)) {
        to = pick(random);
      }
      boolean btc = random.nextBoolean();
      String amount =
          btc
              ? "0.000" + (1 + random.nextInt(999))
              : (1 + random.nextInt(250)) + "." + random.nextInt(100);
      return gateway.transfer(key, wallet, to, btc ? "BTC" : "USDC", amount);
    }
    if (roll < 90) {
      return gateway.withdraw(
          key,
          wallet,
          "USDC",
          (1 + random.nextInt(50)) + ".5",
          "0xdemo" + Long.toHexString(random.nextLong()));
    }
    return gateway.claim(key, campaign, wallet);
  }

  private String pick(RandomGenerator random) {
    return wallets.get(random.nextInt(wallets.size()));
  }
}
