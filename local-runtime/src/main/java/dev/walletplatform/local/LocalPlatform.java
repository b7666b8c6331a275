package dev.walletplatform.local;

import dev.walletplatform.local.demo.DemoReport;
import dev.walletplatform.local.demo.DemoRun;
import dev.walletplatform.local.observe.PlatformPrometheus;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;

/**
 * {@code scripts/run-local.sh}: starts everything, shows a burst becoming a queue, prints where to
 * point curl, and serves until Ctrl-C. Only wiring here; the parts live in their own classes.
 */
public final class LocalPlatform {
  private static final String PROMETHEUS_FLAG = "--prometheus";

  private LocalPlatform() {}

  public static void main(String[] args) throws Exception {
    // bind logging now, on this thread: the servers below start logging from several threads at
    // once,
    // and SLF4J would otherwise warn that it replayed their first calls
    LoggerFactory.getILoggerFactory();
    // --prometheus is the run command's, not the platform's: it watches the platform from outside
    boolean withPrometheus = Arrays.asList(args).contains(PROMETHEUS_FLAG);
    PlatformOptions options;
    try {
      options =
          PlatformOptions.parse(
              Arrays.stream(args).filter(a -> !a.equals(PROMETHEUS_FLAG)).toArray(String[]::new));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    Instant begin = Instant.now();
    System.out.println(
        "starting Kafka (KRaft), PostgreSQL, schema registry, applier, gateway, wallet service ...");
    RunningPlatform platform = RunningPlatform.start(options);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  platform.close();
                  stopped.countDown();
                },
                "local-platform-shutdown"));
    System.out.printf(
        "platform up in %.1f s%n", Duration.between(begin, Instant.now()).toMillis() / 1000.0);
    for (ServiceProcess service : platform.services()) {
      System.out.printf(
          "  %-15s pid %-7d ready %.1f s after launch (log: %s)%n",
          service.name(),
          service.process().pid(),
          service.startedIn().toMillis() / 1000.0,
          service.process().logFile());
    }

    if (withPrometheus) {
      PlatformPrometheus prometheus =
          PlatformPrometheus.start(
              platform,
              RepoLayout.find(),
              options.workDir().resolve("prometheus"),
              Duration.ofSeconds(2));
      Runtime.getRuntime().addShutdownHook(new Thread(prometheus::close, "prometheus-shutdown"));
      System.out.printf(
          "Prometheus at %s scrapes every service (jobs %s) and evaluates the alert rules;"
              + " try %s/graph?g0.expr=%s , the dashboards' queries are in k8s/base/dashboards%n",
          prometheus.server().baseUri(),
          PlatformPrometheus.SCRAPED.stream().map(PlatformPrometheus::jobOf).toList(),
          prometheus.server().baseUri(),
          "histogram_quantile(0.99%2Csum%20by%20(le)%20(rate(wallet_command_accept_to_applied_seconds_bucket%5B1m%5D)))");
    }
    DemoRun demo = new DemoRun(platform);
    List<String> wallets = demo.seed(options.wallets());
    System.out.printf(
        "seeded %d wallets (1 BTC + 10,000 USDC each) and giveaway '%s' through the events topic%n",
        wallets.size(), DemoRun.CAMPAIGN);
    DemoReport report = demo.burst(wallets, options.requests(), options.concurrency());
    System.out.println(report.render());
    printCurlHelp(platform, wallets);
    printOperatorEnvironment(OperatorEnvironment.of(platform, RepoLayout.find()));

    if (options.exitAfterDemo()) {
      System.exit(report.lost() == 0 && report.audit().holds() ? 0 : 1);
    }
    System.out.println("serving; Ctrl-C stops everything");
    stopped.await();
  }

  /**
   * The shell set-up of the runbooks (docs/runbooks), with this run's addresses: walletctl works
   * once pasted.
   */
  private static void printOperatorEnvironment(OperatorEnvironment environment) {
    System.out.println(
        "operate it with walletctl (paste these, then e.g. `walletctl lag`; the runbooks in docs/runbooks"
            + " start with the same block):");
    environment.exportLines().forEach(line -> System.out.println("  " + line));
  }

  private static void printCurlHelp(RunningPlatform platform, List<String> wallets) {
    // a token owning the first two demo wallets, signed by this run's stand-in identity provider
    // the Idempotency-Key: uuidgen is missing on many Linux machines (Debian's uuid-runtime), the
    // kernel's UUID is not
    String token = platform.credentials().tokenFor(wallets.subList(0, 2));
    System.out.printf(
        """
        try it (self-signed TLS, hence -k; token and keys valid for this run only):
          export TOKEN=%s
          curl -k -H "Authorization: Bearer $TOKEN" %s/v1/wallets/%s/balances
          curl -k -H "Authorization: Bearer $TOKEN" '%s/v1/wallets/%s/transactions?limit=5'
          curl -k -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -H "Idempotency-Key: $(uuidgen 2>/dev/null || cat /proc/sys/kernel/random/uuid)" \\
               -d '{"from_wallet":"%s","to_wallet":"%s","asset":"BTC","amount":"0.001"}' %s/v1/transfers
          curl -k -H "Authorization: Bearer $TOKEN" %s/v1/commands/<command_id>
          curl -H 'Authorization: %s' %s/metrics
        """,
        token,
        platform.walletServiceUri(),
        wallets.get(0),
        platform.walletServiceUri(),
        wallets.get(0),
        wallets.get(0),
        wallets.get(1),
        platform.gatewayUri(),
        platform.walletServiceUri(),
        platform.credentials().metricsAuthorization(),
        platform.service("ingest-gateway").adminUri());
  }
}
