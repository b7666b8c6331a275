package dev.walletplatform.faults;

import dev.walletplatform.faults.nemesis.Fault;
import dev.walletplatform.faults.nemesis.FaultPace;
import dev.walletplatform.faults.workload.Accounts;
import dev.walletplatform.faults.workload.WorkloadSettings;
import dev.walletplatform.infra.kafka.KafkaClusterConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One fault run.
 *
 * @param cycles how many times the whole schedule runs (every fault kind once per cycle)
 * @param pace how long each fault lasts, and the appliers' session timeout the pause must outlast
 * @param warmUp steady load before the first fault
 * @param settle steady load after each fault drained, before the next
 * @param coolDown steady load after the last fault
 * @param partitions of the keyed topics
 * @param serviceJvmOptions more options for every service's JVM; none keeps the local runtime's
 */
public record FaultRunOptions(
    Path workDir,
    List<Fault> schedule,
    int cycles,
    FaultPace pace,
    Duration warmUp,
    Duration settle,
    Duration coolDown,
    int partitions,
    int gateways,
    int appliers,
    List<String> serviceJvmOptions,
    WorkloadSettings workload) {

  public FaultRunOptions {
    Objects.requireNonNull(workDir, "workDir");
    Objects.requireNonNull(pace, "pace");
    schedule = List.copyOf(schedule);
    serviceJvmOptions = List.copyOf(serviceJvmOptions);
    if (schedule.isEmpty() || cycles < 1) {
      throw new IllegalArgumentException(
          "a run needs at least one fault and one cycle, got " + schedule + " x " + cycles);
    }
    if (gateways < 2 || appliers < 2) {
      throw new IllegalArgumentException(
          "killing a gateway or an applier needs two of each, got "
              + gateways
              + " gateways and "
              + appliers
              + " appliers");
    }
    if (partitions <= appliers) {
      throw new IllegalArgumentException(
          "partitions ("
              + partitions
              + ") must exceed appliers ("
              + appliers
              + ") so a rebalance moves partitions to the added applier");
    }
  }

  /**
   * The default suite's version: every fault kind once, light load, each fault and steady stretch
   * only as long as it takes to happen ({@link FaultPace#brisk()}); the restarts and the drains
   * after the heals are waited for, never cut. The services run C1 only, as the brokers do ({@link
   * KafkaClusterConfig#FAST_START_JVM_OPTIONS}): a fault run starts nine service JVMs, and on a
   * two-core machine their C2 compilations took CPU from everything else for most of the run.
   */
  public static FaultRunOptions shortRun(Path workDir) {
    return new FaultRunOptions(
        workDir,
        List.of(Fault.values()),
        1,
        FaultPace.brisk(),
        Duration.ofSeconds(2),
        Duration.ofSeconds(1),
        Duration.ofSeconds(2),
        6,
        2,
        2,
        List.of("-XX:TieredStopAtLevel=1"),
        new WorkloadSettings(
            new Accounts(6, 4),
            Duration.ofMillis(150),
            Duration.ofMillis(200),
            2,
            Duration.ofMillis(100),
            Duration.ofSeconds(90),
            20261123L));
  }

  /** The long version: {@code cycles} rounds of every fault kind under heavier load. */
  public static FaultRunOptions longRun(Path workDir, int cycles) {
    return new FaultRunOptions(
        workDir,
        List.of(Fault.values()),
        cycles,
        FaultPace.standard(),
        Duration.ofSeconds(15),
        Duration.ofSeconds(10),
        Duration.ofSeconds(15),
        6,
        2,
        2,
        List.of(),
        new WorkloadSettings(
            new Accounts(12, 4),
            Duration.ofMillis(100),
            Duration.ofMillis(100),
            3,
            Duration.ofMillis(50),
            Duration.ofSeconds(120),
            20261123L));
  }
}
