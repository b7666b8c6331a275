package dev.walletplatform.bench.scenario;

import dev.walletplatform.bench.BenchSettings;
import dev.walletplatform.bench.baseline.PgbenchResult;
import dev.walletplatform.bench.baseline.ProducerPerfResult;
import dev.walletplatform.local.observe.AuditReport;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Everything one run measured, for the report. */
public record BenchResults(
    BenchSettings settings,
    Instant started,
    Duration took,
    Map<String, Duration> readyTimes,
    int poolTotal,
    int maxConnections,
    Capacities capacities,
    PlatformBench.HalfRateRun halfRate,
    PlatformBench.BurstRun platform,
    NaiveBench.NaiveRun naive,
    AuditReport audit,
    ProducerPerfResult producerPerf,
    PgbenchResult pgbench) {

  public BenchResults {
    readyTimes = Map.copyOf(readyTimes);
  }
}
