package dev.walletplatform.faults.nemesis;

import dev.walletplatform.faults.check.FaultWindow;
import dev.walletplatform.faults.platform.FaultPlatform;
import dev.walletplatform.faults.workload.History;
import dev.walletplatform.faults.workload.PoisonInjector;
import dev.walletplatform.local.Sleeps;
import dev.walletplatform.local.observe.ConsumerLagProbe;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.TopicPartition;

/**
 * Runs the schedule: for each fault in turn, enter its phase, drop a poison record, inject the
 * fault, let it last, heal it, and wait until the backlog it caused has drained; then let the
 * system run steadily for {@code settle} before the next one.
 */
public final class Nemesis {
  private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(3);

  private final FaultPlatform platform;
  private final History history;
  private final ConsumerLagProbe backlog;
  private final PoisonInjector poison;
  private final FaultPace pace;
  private final Duration settle;
  private final PrintStream log;
  private final List<FaultWindow> windows = new ArrayList<>();

  public Nemesis(
      FaultPlatform platform,
      History history,
      ConsumerLagProbe backlog,
      PoisonInjector poison,
      FaultPace pace,
      Duration settle,
      PrintStream log) {
    this.platform = platform;
    this.history = history;
    this.backlog = backlog;
    this.poison = poison;
    this.pace = pace;
    this.settle = settle;
    this.log = log;
  }

  /** Runs each fault of {@code schedule} once, {@code cycles} times over. */
  public List<FaultWindow> run(List<Fault> schedule, int cycles) {
    for (int cycle = 1; cycle <= cycles; cycle++) {
      for (Fault fault : schedule) {
        windows.add(runOne(fault, cycle));
        Sleeps.sleep(settle);
      }
    }
    return List.copyOf(windows);
  }

  private FaultWindow runOne(Fault fault, int occurrence) {
    String phase = fault.kind() + "#" + occurrence;
    history.enterPhase(phase);
    poison.inject(phase).ifPresent(history::record);
    Instant injectedAt = Instant.now();
    log.printf("%s  %-20s %s%n", injectedAt, phase, fault.description());
    Fault.Injected injected = fault.inject(platform, occurrence);
    Duration lasts = pace.lasts(fault);
    Sleeps.sleep(lasts);
    injected.heal();
    Instant healedAt = Instant.now();
    Map<TopicPartition, Long> target = awaitEndOffsets();
    Optional<Instant> drained = backlog.awaitDrained(target, DRAIN_TIMEOUT);
    log.printf(
        "%s  %-20s healed in %d ms after %d ms of fault; backlog drained %s%n",
        Instant.now(),
        phase,
        Duration.between(injectedAt, healedAt).minus(lasts).toMillis(),
        lasts.toMillis(),
        drained
            .map(at -> Duration.between(healedAt, at).toMillis() + " ms after the heal")
            .orElse("NEVER"));
    return new FaultWindow(phase, fault.kind(), injectedAt, healedAt, drained.orElse(null));
  }

  /** Right after a broker restart the cluster may not answer at once: ask until it does. */
  private Map<TopicPartition, Long> awaitEndOffsets() {
    Instant deadline = Instant.now().plus(DRAIN_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      Optional<Map<TopicPartition, Long>> ends = backlog.endOffsets();
      if (ends.isPresent()) {
        return ends.get();
      }
      Sleeps.sleep(Duration.ofMillis(500));
    }
    throw new IllegalStateException(
        "the Kafka cluster did not report end offsets within "
            + DRAIN_TIMEOUT
            + " after a heal; broker logs: "
            + platform.kafka().workDir());
  }
}
