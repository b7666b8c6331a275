package dev.walletplatform.bench.scenario;

import dev.walletplatform.bench.BenchException;
import dev.walletplatform.fixtures.traffic.WalletTraffic;
import dev.walletplatform.local.RunningPlatform;
import dev.walletplatform.local.demo.DemoRun;
import dev.walletplatform.schemas.registry.HttpSchemaRegistryClient;
import java.math.BigInteger;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Opens and funds the benchmark's wallets ({@code bw-000001}...: 10,000 USDC and 1 BTC each) and
 * its giveaway campaigns (1 USDC a claim, budget for every wallet) through the events topic, as the
 * internal producers do, and waits until the ledger applied them.
 */
public final class Seeder {
  private Seeder() {}

  public record Seeded(List<String> wallets, List<String> campaigns) {
    public Seeded {
      wallets = List.copyOf(wallets);
      campaigns = List.copyOf(campaigns);
    }
  }

  public static String walletId(int n) {
    return String.format("bw-%06d", n);
  }

  public static Seeded seed(RunningPlatform platform, int walletCount, int campaignCount) {
    List<String> wallets = new ArrayList<>();
    List<String> campaigns = new ArrayList<>();
    List<UUID> events = new ArrayList<>();
    try (WalletTraffic publisher =
        WalletTraffic.batched(
            platform.kafka().bootstrapServers(),
            new HttpSchemaRegistryClient(platform.schemaRegistryUri(), Duration.ofSeconds(5)),
            "burst-bench")) {
      for (int i = 1; i <= walletCount; i++) {
        String wallet = walletId(i);
        wallets.add(wallet);
        events.add(publisher.openWallet(wallet, "bench-owner"));
        events.add(publisher.deposit(wallet, "USDC", BigInteger.valueOf(10_000_000_000L)));
        events.add(publisher.deposit(wallet, "BTC", BigInteger.valueOf(100_000_000L)));
      }
      Instant now = Instant.now();
      BigInteger perClaim = BigInteger.valueOf(1_000_000L);
      for (int i = 1; i <= campaignCount; i++) {
        String campaign = String.format("bench-drop-%02d", i);
        campaigns.add(campaign);
        events.add(
            publisher.openCampaign(
                campaign,
                "USDC",
                perClaim,
                perClaim.multiply(BigInteger.valueOf(walletCount)),
                now.minus(Duration.ofMinutes(1)),
                now.plus(Duration.ofDays(1))));
      }
      publisher.flush();
    }
    try {
      Map<String, Integer> decided = new DemoRun(platform).awaitDecided(events);
      if (decided.getOrDefault("PENDING", 0) > 0 || decided.getOrDefault("REJECTED", 0) > 0) {
        throw new BenchException("seeding did not apply cleanly: " + decided);
      }
    } catch (SQLException e) {
      throw new BenchException("cannot read the ledger while seeding", e);
    }
    return new Seeded(wallets, campaigns);
  }
}
