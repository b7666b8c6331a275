package dev.walletplatform.bench.scenario;

import dev.walletplatform.bench.BenchException;
import dev.walletplatform.bench.observe.PrometheusCounters;
import dev.walletplatform.fixtures.traffic.WalletTraffic;
import dev.walletplatform.local.RunningPlatform;
import dev.walletplatform.schemas.registry.HttpSchemaRegistryClient;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The ledger applier on its own: deposits published straight to the events topic (which the applier
 * reads with no stage in front of it, unlike client commands), as fast as the producer goes, and
 * the time until the applier has decided all of them. A deposit locks and writes what a transfer
 * does — two wallets, two balances, two entries, one processed_messages row — so the rate compares
 * with pgbench running the transfer transaction.
 */
final class ApplierProbe {
  private ApplierProbe() {}

  /**
   * Decided/s over the whole backlog, from the first publish to the last decision; empty if it did
   * not finish.
   */
  static OptionalDouble depositsPerSecond(
      RunningPlatform platform,
      URI applierAdmin,
      List<String> wallets,
      int deposits,
      Duration timeout) {
    PrometheusCounters counters =
        new PrometheusCounters(applierAdmin, platform.credentials().metricsAuthorization());
    double before =
        counters
            .sum(PrometheusCounters::decided)
            .orElseThrow(
                () ->
                    new BenchException(
                        "the applier's /metrics at " + applierAdmin + " did not answer"));
    long start = System.nanoTime();
    try (WalletTraffic publisher =
        WalletTraffic.batched(
            platform.kafka().bootstrapServers(),
            new HttpSchemaRegistryClient(platform.schemaRegistryUri(), Duration.ofSeconds(5)),
            "burst-bench-probe")) {
      for (int i = 0; i < deposits; i++) {
        publisher.deposit(
            wallets.get(i % wallets.size()), "USDC", BigInteger.valueOf(1_000_000L + i));
      }
      publisher.flush();
    }
    long deadline = start + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      double decided = counters.sum(PrometheusCounters::decided).orElse(before);
      if (decided - before >= deposits) {
        return OptionalDouble.of(deposits / ((System.nanoTime() - start) / 1e9));
      }
      Drain.sleep(Duration.ofMillis(100));
    }
    return OptionalDouble.empty();
  }
}
