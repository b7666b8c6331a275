package dev.walletplatform.faults.workload;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard the workload pushes.
 *
 * @param clientPause mean pause between one client's requests (each client has one in flight)
 * @param depositPause pause between the internal producer's deposits
 * @param readers balance-polling readers
 * @param readPause pause between one reader's reads
 * @param patience how long a client retries one request before recording it unanswered
 * @param seed makes the run's choices reproducible (timing still varies)
 */
public record WorkloadSettings(
    Accounts accounts,
    Duration clientPause,
    Duration depositPause,
    int readers,
    Duration readPause,
    Duration patience,
    long seed) {

  public WorkloadSettings {
    Objects.requireNonNull(accounts, "accounts");
    requirePositive("clientPause", clientPause);
    requirePositive("depositPause", depositPause);
    requirePositive("readPause", readPause);
    requirePositive("patience", patience);
    if (readers < 0) {
      throw new IllegalArgumentException("readers must be >= 0, was " + readers);
    }
  }

  private static void requirePositive(String name, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be a positive duration, was " + value);
    }
  }
}
