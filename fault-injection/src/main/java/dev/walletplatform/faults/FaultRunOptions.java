package dev.walletplatform.faults;

import dev.walletplatform.faults.nemesis.Fault;
import dev.walletplatform.faults.workload.Accounts;
import dev.walletplatform.faults.workload.WorkloadSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One fault run.
 *
 * @param cycles how many times the whole schedule runs (every fault kind once per cycle)
 * @param warmUp steady load before the first fault
 * @param settle steady load after each fault drained, before the next
 * @param coolDown steady load after the last fault
 * @param partitions of the keyed topics
 */
public record FaultRunOptions(
    Path workDir,
    List<Fault> schedule,
    int cycles,
    Duration warmUp,
    Duration settle,
    Duration coolDown,
    int partitions,
    int gateways,
    int appliers,
    WorkloadSettings workload) {

  public FaultRunOptions {
    Objects.requireNonNull(workDir, "workDir");
    schedule = List.copyOf(schedule);
    if (schedule.isEmpty() || cycles < 1) {
      throw new IllegalArgumentException("a run needs at least one fault and one cycle, got " + schedule + " x " + cycles);
    }
    if (gateways < 2 || appliers < 2) {
      throw new IllegalArgumentException("killing a gateway or an applier needs two of each, got " + gateways
          + " gateways and " + appliers + " appliers");
    }
    if (partitions <= appliers) {
      throw new IllegalArgumentException("partitions (" + partitions + ") must exceed appliers (" + appliers
          + ") so a rebalance moves partitions to the added applier");
    }
  }

  /** The default suite's version: every fault kind once, light load; about two minutes of faults. */
  public static FaultRunOptions shortRun(Path workDir) {
    return new FaultRunOptions(workDir, List.of(Fault.values()), 1, Duration.ofSeconds(5), Duration.ofSeconds(2),
        Duration.ofSeconds(3), 6, 2, 2, new WorkloadSettings(new Accounts(6, 4), Duration.ofMillis(150),
            Duration.ofMillis(200), 2, Duration.ofMillis(100), Duration.ofSeconds(90), 20261123L));
  }

  /** The long version: {@code cycles} rounds of every fault kind under heavier load. */
  public static FaultRunOptions longRun(Path workDir, int cycles) {
    return new FaultRunOptions(workDir, List.of(Fault.values()), cycles, Duration.ofSeconds(15), Duration.ofSeconds(10),
        Duration.ofSeconds(15), 6, 2, 2, new WorkloadSettings(new Accounts(12, 4), Duration.ofMillis(100),
            Duration.ofMillis(100), 3, Duration.ofMillis(50), Duration.ofSeconds(120), 20261123L));
  }
}
