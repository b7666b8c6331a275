package dev.walletplatform.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Objects;

/**
 * What one benchmark run does; checked when built, so a bad flag stops the run before anything
 * starts. {@link #full()} is the committed report's run, {@link #smoke(Path)} the seconds-long
 * version of the default test suite.
 *
 * @param rate the steady rate R in requests/s; 0 = derived from the capacities measured first
 * @param probeConcurrency requests in flight in the closed-loop capacity probes
 * @param maxInFlight the open generator's own bound (beyond it a due request is recorded as not
 *     sent)
 */
public record BenchSettings(
    String name,
    Path workDir,
    Path report,
    int wallets,
    int campaigns,
    double rate,
    Duration steady,
    Duration spike,
    Duration after,
    Duration probe,
    int probeConcurrency,
    Duration halfRate,
    Duration pgbench,
    long producerPerfRecords,
    Duration drainTimeout,
    int maxInFlight,
    long seed) {

  public static final int SPIKE_FACTOR = 5;

  public BenchSettings {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(workDir, "workDir");
    Objects.requireNonNull(report, "report");
    require(wallets >= 2 && wallets <= 999_999, "--wallets must be 2..999999, was " + wallets);
    require(campaigns >= 1, "campaigns must be >= 1, was " + campaigns);
    require(rate >= 0 && Double.isFinite(rate), "--rate must be >= 0 (0 = derive it), was " + rate);
    for (Duration d :
        new Duration[] {steady, spike, after, probe, halfRate, pgbench, drainTimeout}) {
      require(
          d != null && !d.isNegative() && !d.isZero() && d.toMillis() % 1000 == 0,
          "every duration must be whole positive seconds, was " + d);
    }
    require(probeConcurrency >= 1, "probe concurrency must be >= 1, was " + probeConcurrency);
    require(
        producerPerfRecords >= 1_000,
        "producer-perf records must be >= 1000, was " + producerPerfRecords);
    require(maxInFlight >= 1, "maxInFlight must be >= 1, was " + maxInFlight);
    require(
        report.toString().endsWith(".md"),
        "--report must name a .md file (the chart goes next to it), was " + report);
  }

  /** The committed report's run: ~13 minutes on a 2-core machine. */
  public static BenchSettings full() {
    return new BenchSettings(
        "full",
        Path.of("burst-bench/target/bench-run"),
        Path.of("docs/benchmarks/burst.md"),
        2_000,
        20,
        0,
        Duration.ofSeconds(30),
        Duration.ofSeconds(60),
        Duration.ofSeconds(60),
        Duration.ofSeconds(15),
        64,
        Duration.ofSeconds(20),
        Duration.ofSeconds(20),
        500_000,
        Duration.ofMinutes(5),
        20_000,
        8);
  }

  /** Seconds and tiny rates: proves the whole run works and loses nothing, measures nothing. */
  public static BenchSettings smoke(Path workDir) {
    return new BenchSettings(
        "smoke",
        workDir.resolve("run"),
        workDir.resolve("burst-smoke.md"),
        40,
        2,
        20,
        Duration.ofSeconds(2),
        Duration.ofSeconds(3),
        Duration.ofSeconds(2),
        Duration.ofSeconds(1),
        8,
        Duration.ofSeconds(2),
        Duration.ofSeconds(1),
        5_000,
        Duration.ofMinutes(2),
        2_000,
        8);
  }

  public static BenchSettings parse(String... args) {
    BenchSettings s = full();
    Deque<String> rest = new ArrayDeque<>(Arrays.asList(args));
    while (!rest.isEmpty()) {
      String flag = rest.pop();
      switch (flag) {
        case "--smoke" -> s = smoke(Path.of("burst-bench/target/bench-smoke"));
        case "--rate" -> s = s.withRate(Double.parseDouble(value(flag, rest)));
        case "--report" -> s = s.withReport(Path.of(value(flag, rest)));
        case "--work-dir" -> s = s.withWorkDir(Path.of(value(flag, rest)));
        case "--spike-seconds" ->
            s = s.withSpike(Duration.ofSeconds(Long.parseLong(value(flag, rest))));
        case "--wallets" -> s = s.withWallets(Integer.parseInt(value(flag, rest)));
        default -> throw new IllegalArgumentException("unknown option " + flag + "\n" + usage());
      }
    }
    return s;
  }

  public static String usage() {
    return """
        usage: scripts/bench-burst.sh [--smoke] [--rate R] [--spike-seconds N] [--wallets N] [--report FILE.md] [--work-dir DIR]
          --smoke            seconds and tiny rates (what the test suite runs); put it first
          --rate R           steady requests/s before and after the 5x spike (default: derived from measured capacity)
          --spike-seconds N  length of the 5x spike (default 60)
          --wallets N        wallets opened and funded (default 2000)
          --report FILE.md   where the report goes; the chart is FILE.png (default docs/benchmarks/burst.md)
          --work-dir DIR     broker, database, logs (default burst-bench/target/bench-run, wiped at start)""";
  }

  /**
   * Load at the half rate before the measured {@link #halfRate()} window (6× its length: 120 s in
   * the full run): stream-processors restarted just before it, and after a start the first ~80 s of
   * load are JIT warm-up that queues every command (docs/benchmarks/burst-profiling.md, sections 9
   * and 10).
   */
  public Duration halfRateWarmUp() {
    return halfRate.multipliedBy(6);
  }

  /**
   * Connections the open model sends over at most: four times the probes' concurrency (256 in the
   * full run), so a spike can hold several times the probe's in-flight requests without a TLS
   * handshake per late answer.
   */
  public int connections() {
    return probeConcurrency * 4;
  }

  public Path chart() {
    String file = report.getFileName().toString();
    return report.resolveSibling(file.substring(0, file.length() - 3) + ".png");
  }

  public BenchSettings withRate(double value) {
    return new BenchSettings(
        name,
        workDir,
        report,
        wallets,
        campaigns,
        value,
        steady,
        spike,
        after,
        probe,
        probeConcurrency,
        halfRate,
        pgbench,
        producerPerfRecords,
        drainTimeout,
        maxInFlight,
        seed);
  }

  public BenchSettings withReport(Path value) {
    return new BenchSettings(
        name,
        workDir,
        value,
        wallets,
        campaigns,
        rate,
        steady,
        spike,
        after,
        probe,
        probeConcurrency,
        halfRate,
        pgbench,
        producerPerfRecords,
        drainTimeout,
        maxInFlight,
        seed);
  }

  public BenchSettings withWorkDir(Path value) {
    return new BenchSettings(
        name,
        value,
        report,
        wallets,
        campaigns,
        rate,
        steady,
        spike,
        after,
        probe,
        probeConcurrency,
        halfRate,
        pgbench,
        producerPerfRecords,
        drainTimeout,
        maxInFlight,
        seed);
  }

  public BenchSettings withSpike(Duration value) {
    return new BenchSettings(
        name,
        workDir,
        report,
        wallets,
        campaigns,
        rate,
        steady,
        value,
        after,
        probe,
        probeConcurrency,
        halfRate,
        pgbench,
        producerPerfRecords,
        drainTimeout,
        maxInFlight,
        seed);
  }

  public BenchSettings withWallets(int value) {
    return new BenchSettings(
        name,
        workDir,
        report,
        value,
        campaigns,
        rate,
        steady,
        spike,
        after,
        probe,
        probeConcurrency,
        halfRate,
        pgbench,
        producerPerfRecords,
        drainTimeout,
        maxInFlight,
        seed);
  }

  private static String value(String flag, Deque<String> rest) {
    if (rest.isEmpty()) {
      throw new IllegalArgumentException(flag + " needs a value\n" + usage());
    }
    return rest.pop();
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
