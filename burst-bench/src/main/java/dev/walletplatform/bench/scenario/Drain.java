package dev.walletplatform.bench.scenario;

import dev.walletplatform.bench.observe.LagProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Waits for the backlog to be consumed: every group's lag at zero. */
final class Drain {
  private Drain() {}

  /** The instant lag was seen at zero, or empty at the timeout. */
  static Optional<Instant> await(LagProbe lag, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (lag.totalLag() == 0) {
        return Optional.of(Instant.now());
      }
      sleep(Duration.ofMillis(250));
    }
    return Optional.empty();
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new dev.walletplatform.bench.BenchException("interrupted", e);
    }
  }
}
