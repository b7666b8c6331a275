package dev.walletplatform.bench.scenario;

import dev.walletplatform.bench.BenchSettings;
import dev.walletplatform.bench.baseline.PgbenchResult;
import dev.walletplatform.bench.baseline.ProducerPerfResult;
import dev.walletplatform.fixtures.ledger.LedgerCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Everything one run measured, for the report.
 *
 * @param readyTimes launch to ready at the platform's first start: every service at once, no
 *     class-data archive yet
 * @param restartTimes launch to ready of each service restarted alone while the rest runs
 */
public record BenchResults(
    BenchSettings settings,
    Instant started,
    Duration took,
    Map<String, Duration> readyTimes,
    Map<String, Duration> restartTimes,
    int poolTotal,
    int maxConnections,
    Capacities capacities,
    PlatformBench.HalfRateRun halfRate,
    PlatformBench.BurstRun platform,
    NaiveBench.NaiveRun naive,
    LedgerCheck audit,
    ProducerPerfResult producerPerf,
    PgbenchResult pgbench) {

  public BenchResults {
    readyTimes = Map.copyOf(readyTimes);
    restartTimes = Map.copyOf(restartTimes);
  }
}
