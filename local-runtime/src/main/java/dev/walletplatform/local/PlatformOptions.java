package dev.walletplatform.local;

import dev.walletplatform.infra.kafka.KafkaClusterConfig;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * How to run the local platform; every value has a default that works on a laptop.
 *
 * @param gatewayPort HTTPS port of the ingest gateway (0 = any free port)
 * @param walletServicePort HTTPS port of the wallet service (0 = any free port)
 * @param registryPort port of the local schema registry (0 = any free port)
 * @param requests how many wallet requests the demo burst sends
 * @param concurrency how many of them are in flight at once
 * @param wallets how many demo wallets are opened and funded
 * @param partitions partitions of the commands and events topics (the applier's parallelism cap)
 * @param exitAfterDemo stop after printing the report instead of serving until Ctrl-C
 * @param brokerJvm how the broker's JVM runs: fast to start (the demo, tests) or as in production
 *     (load runs)
 */
public record PlatformOptions(
    Path workDir,
    int gatewayPort,
    int walletServicePort,
    int registryPort,
    int requests,
    int concurrency,
    int wallets,
    int partitions,
    boolean exitAfterDemo,
    BrokerJvm brokerJvm) {

  /**
   * The broker's JVM options: a platform measured under load must not run its broker C1-only on
   * SerialGC.
   */
  public enum BrokerJvm {
    FAST_START(KafkaClusterConfig.FAST_START_JVM_OPTIONS),
    PRODUCTION(KafkaClusterConfig.PRODUCTION_JVM_OPTIONS);

    @SuppressWarnings("ImmutableEnumChecker") // the JVM option lists are List.of(...): unmodifiable
    private final List<String> options;

    BrokerJvm(List<String> options) {
      this.options = options;
    }

    public List<String> options() {
      return options;
    }
  }

  public PlatformOptions {
    Objects.requireNonNull(brokerJvm, "brokerJvm");
    requirePositive("requests", requests);
    requirePositive("concurrency", concurrency);
    requirePositive("partitions", partitions);
    if (wallets < 2) {
      throw new IllegalArgumentException(
          "--wallets must be at least 2 (transfers need two), was: " + wallets);
    }
  }

  public static PlatformOptions defaults() {
    return new PlatformOptions(
        Path.of(".local"), 8443, 8444, 8085, 3000, 64, 40, 6, false, BrokerJvm.FAST_START);
  }

  /** Ephemeral ports and a private work dir: what tests use so runs never collide. */
  public static PlatformOptions forTests(Path workDir) {
    return new PlatformOptions(workDir, 0, 0, 0, 600, 32, 24, 6, true, BrokerJvm.FAST_START);
  }

  /** The same options with the broker's JVM run as given. */
  public PlatformOptions withBrokerJvm(BrokerJvm jvm) {
    return new PlatformOptions(
        workDir,
        gatewayPort,
        walletServicePort,
        registryPort,
        requests,
        concurrency,
        wallets,
        partitions,
        exitAfterDemo,
        jvm);
  }

  public static PlatformOptions parse(String... args) {
    PlatformOptions o = defaults();
    Deque<String> rest = new ArrayDeque<>(Arrays.asList(args));
    while (!rest.isEmpty()) {
      String flag = rest.pop();
      switch (flag) {
        case "--work-dir" ->
            o =
                o.with(
                    Path.of(value(flag, rest)),
                    o.requests,
                    o.concurrency,
                    o.wallets,
                    o.exitAfterDemo);
        case "--requests" ->
            o = o.with(o.workDir, intValue(flag, rest), o.concurrency, o.wallets, o.exitAfterDemo);
        case "--concurrency" ->
            o = o.with(o.workDir, o.requests, intValue(flag, rest), o.wallets, o.exitAfterDemo);
        case "--wallets" ->
            o = o.with(o.workDir, o.requests, o.concurrency, intValue(flag, rest), o.exitAfterDemo);
        case "--exit-after-demo" ->
            o = o.with(o.workDir, o.requests, o.concurrency, o.wallets, true);
        default -> throw new IllegalArgumentException("unknown option " + flag + "\n" + usage());
      }
    }
    return o;
  }

  public static String usage() {
    return """
        usage: scripts/run-local.sh [--requests N] [--concurrency N] [--wallets N] [--work-dir DIR] [--exit-after-demo] [--prometheus]
          --requests N       wallet requests in the demo burst (default 3000)
          --concurrency N    requests in flight at once (default 64)
          --wallets N        demo wallets opened and funded (default 40)
          --work-dir DIR     where broker, database and keystore live (default .local, wiped at start)
          --exit-after-demo  stop after the report instead of serving until Ctrl-C
          --prometheus       also start a real Prometheus scraping every service and evaluating
                             the alert rules (Debian's prometheus; scripts/ensure-prometheus.sh)""";
  }

  private PlatformOptions with(Path dir, int req, int conc, int wal, boolean exit) {
    return new PlatformOptions(
        dir,
        gatewayPort,
        walletServicePort,
        registryPort,
        req,
        conc,
        wal,
        partitions,
        exit,
        brokerJvm);
  }

  private static String value(String flag, Deque<String> rest) {
    if (rest.isEmpty()) {
      throw new IllegalArgumentException(flag + " needs a value\n" + usage());
    }
    return rest.pop();
  }

  private static int intValue(String flag, Deque<String> rest) {
    String text = value(flag, rest);
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " needs a number, was: " + text, e);
    }
  }

  private static void requirePositive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException("--" + name + " must be at least 1, was: " + value);
    }
  }
}
