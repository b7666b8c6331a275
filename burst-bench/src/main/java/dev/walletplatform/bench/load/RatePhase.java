package dev.walletplatform.bench.load;

import java.time.Duration;
import java.util.Objects;

/**
 * A stretch of the run at one fixed arrival rate.
 *
 * @param name shows up in the report ("steady", "spike", "after")
 * @param ratePerSecond requests due per second; 0 is a pause
 */
public record RatePhase(String name, double ratePerSecond, Duration duration) {
  public RatePhase {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(duration, "duration");
    if (!(ratePerSecond >= 0) || Double.isInfinite(ratePerSecond)) {
      throw new IllegalArgumentException(
          "phase " + name + ": rate must be a finite number >= 0, was " + ratePerSecond);
    }
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(
          "phase " + name + ": duration must be positive, was " + duration);
    }
  }

  /** How many requests are due in this phase: rate × duration, rounded down. */
  public long requests() {
    return (long) Math.floor(ratePerSecond * duration.toNanos() / 1e9);
  }
}
