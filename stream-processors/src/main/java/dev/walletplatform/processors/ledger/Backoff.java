package dev.walletplatform.processors.ledger;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with "equal jitter" between transient failures; reset by the next success.
 * The n-th consecutive failure waits a uniformly random time between half and all of {@code
 * min(max, initial × 2^(n-1))}, so a wait is never shorter than half its step (full jitter, 0 to
 * the step, would let a failing batch retry at once).
 */
final class Backoff {
  private final Duration initial;
  private final Duration max;
  private int failures;

  Backoff(Duration initial, Duration max) {
    this.initial = initial;
    this.max = max;
  }

  /** The delay before the next attempt, growing with each consecutive failure. */
  Duration next() {
    failures++;
    long cap = Math.min(max.toMillis(), initial.toMillis() << Math.min(failures - 1, 20));
    return Duration.ofMillis(cap / 2 + ThreadLocalRandom.current().nextLong(cap / 2 + 1));
  }

  void reset() {
    failures = 0;
  }

  int consecutiveFailures() {
    return failures;
  }
}
