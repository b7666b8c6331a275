package dev.walletplatform.processors.health;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Liveness and readiness of this process only. Neither looks at Kafka or the database: when a
 * shared dependency is down every pod would fail together and restarting them cures nothing; the
 * loops keep beating while they back off, so only a wedged or dead loop makes the process unlive
 * (the heap is the service kit's process check).
 */
public final class ApplierHealth {
  private final Supplier<List<LoopHeartbeat>> loops;
  private final Duration maxLoopStall;

  public ApplierHealth(Supplier<List<LoopHeartbeat>> loops, Duration maxLoopStall) {
    this.loops = loops;
    this.maxLoopStall = maxLoopStall;
  }

  /** Empty when live, else why not. */
  public Optional<String> livenessProblem() {
    for (LoopHeartbeat loop : loops.get()) {
      if (loop.state() == LoopHeartbeat.State.FAILED) {
        return Optional.of("consumer loop died: " + loop);
      }
      boolean active = loop.state() != LoopHeartbeat.State.STOPPED;
      if (active && loop.sinceLastBeat().compareTo(maxLoopStall) > 0) {
        return Optional.of("consumer loop wedged for more than " + maxLoopStall + ": " + loop);
      }
    }
    return Optional.empty();
  }

  /** Empty when every loop is running (it has polled at least once), else why not. */
  public Optional<String> readinessProblem() {
    List<LoopHeartbeat> all = loops.get();
    if (all.isEmpty()) {
      return Optional.of("consumer loops not started");
    }
    return all.stream()
        .filter(l -> l.state() != LoopHeartbeat.State.RUNNING)
        .findFirst()
        .map(l -> "consumer loop not running: " + l);
  }
}
