package dev.walletplatform.bench.baseline;

import java.util.Optional;

/**
 * pgbench's figures, or why it did not run.
 *
 * @param tps transactions per second without the initial connection time
 * @param failed transactions that failed even after retries (serialization failures)
 */
public record PgbenchResult(
    Optional<String> skippedBecause,
    int connections,
    double tps,
    double latencyAvgMs,
    long transactions,
    long failed,
    String command) {

  public static PgbenchResult skipped(String reason) {
    return new PgbenchResult(Optional.of(reason), 0, 0, 0, 0, 0, "");
  }

  public boolean ran() {
    return skippedBecause.isEmpty();
  }
}
