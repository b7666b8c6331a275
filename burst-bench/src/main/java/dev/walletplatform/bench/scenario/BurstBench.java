package dev.walletplatform.bench.scenario;

import dev.walletplatform.bench.BenchException;
import dev.walletplatform.bench.BenchSettings;
import dev.walletplatform.bench.baseline.BaselineServer;
import dev.walletplatform.bench.baseline.PgbenchBaseline;
import dev.walletplatform.bench.baseline.PgbenchResult;
import dev.walletplatform.bench.baseline.ProducerPerfBaseline;
import dev.walletplatform.bench.baseline.ProducerPerfResult;
import dev.walletplatform.bench.observe.LagProbe;
import dev.walletplatform.fixtures.ledger.LedgerCheck;
import dev.walletplatform.fixtures.ledger.LedgerInvariants;
import dev.walletplatform.local.PlatformOptions;
import dev.walletplatform.local.RunningPlatform;
import dev.walletplatform.local.ServiceProcess;
import dev.walletplatform.local.observe.ConnectionSampler;
import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The run, in order: start the platform and the baseline server, seed, measure capacities (empty
 * endpoint, gateway with and without stream-processors beside it, their drain after a restart, the
 * applier alone), the half-rate latency phase, the burst on the platform, the ledger audit,
 * restarts of the gateway and the wallet service one at a time, Kafka's producer tool, pgbench, and
 * last the same burst on naive fan-out (it leaves the database saturated for a while). Each step
 * prints one progress line.
 */
public final class BurstBench {
  private final BenchSettings settings;
  private final PrintStream out;

  public BurstBench(BenchSettings settings, PrintStream out) {
    this.settings = settings;
    this.out = out;
  }

  public BenchResults run() {
    Instant started = Instant.now();
    // the broker as in production: the fast-start default (C1 only, SerialGC) would be measured too
    PlatformOptions options =
        PlatformOptions.forTests(settings.workDir().resolve("platform"))
            .withBrokerJvm(PlatformOptions.BrokerJvm.PRODUCTION);
    try (RunningPlatform platform = RunningPlatform.start(options);
        BaselineServer baseline = startBaselineWhileSeeding(platform);
        LagProbe lag = new LagProbe(platform.kafka().bootstrapServers());
        ConnectionSampler connections = sampler(platform)) {
      Map<String, Duration> ready = readyTimes(platform, baseline);
      out.println("[bench] platform and baseline server ready: " + ready);
      Seeder.Seeded seeded = seeding.join();
      out.println(
          "[bench] seeded "
              + seeded.wallets().size()
              + " wallets, "
              + seeded.campaigns().size()
              + " campaigns");
      PlatformBench bench = new PlatformBench(platform, settings, seeded, lag, connections);
      NaiveBench naive = new NaiveBench(baseline, settings, seeded, connections);
      Function<String, String> token = platform.credentials()::tokenForWallet;

      Capacities capacities = bench.capacities(naive.emptyEndpoint(token));
      out.printf(
          "[bench] capacity with %d in flight: empty endpoint %.0f/s, gateway %.0f accepted/s (stream-processors"
              + " stopped: %.0f), pipeline drain %s%n",
          settings.probeConcurrency(),
          capacities.emptyEndpoint().answeredPerSecond(),
          capacities.gateway().acceptedPerSecond(),
          capacities.gatewayAlone().acceptedPerSecond(),
          capacities.applierDrainPerSecond());
      double halfRate = Math.max(1, Math.floor(capacities.sustainablePerSecond() / 2));
      PlatformBench.HalfRateRun half = bench.halfRate(halfRate);
      out.printf(
          "[bench] half rate %.0f/s: accept-to-applied %s%n", halfRate, half.acceptToApplied());
      double rate = settings.rate() > 0 ? settings.rate() : capacities.derivedSteadyRate();
      PlatformBench.BurstRun burst = bench.burst(rate);
      out.printf(
          "[bench] platform burst R=%.0f: accepted %d, 5xx %d, lost %d, peak lag %d, peak connections %d%n",
          rate,
          burst.load().accepted(),
          burst.load().serverErrors(),
          burst.lost(),
          burst.timeline().peakLag(),
          burst.timeline().peakConnections());
      LedgerCheck audit = audit(platform);
      Map<String, Duration> restarts = new LinkedHashMap<>();
      restarts.put("ledger-applier", capacities.processorsRestart());
      restarts.putAll(bench.restartOneAtATime());
      out.println("[bench] restarted one at a time, ready after: " + restarts);
      ProducerPerfResult perf =
          ProducerPerfBaseline.run(
              platform.kafka(),
              options.partitions(),
              settings.producerPerfRecords(),
              bench.commandRecordSize(),
              settings.workDir().resolve("logs"));
      out.println("[bench] ProducerPerformance: " + perf.summaryLine());
      PgbenchResult pgbench =
          PgbenchBaseline.run(
              platform.postgres(),
              RunningPlatform.DATABASE,
              RunningPlatform.APPLIER_POOL,
              settings.wallets(),
              settings.pgbench(),
              settings.workDir());
      out.println(
          "[bench] pgbench: "
              + (pgbench.ran() ? pgbench.tps() + " tps" : pgbench.skippedBecause().get()));
      // last: the old way leaves PostgreSQL saturated with connections and queued work for a while
      NaiveBench.NaiveRun naiveRun = naive.burst(rate, token);
      baseline.stop();
      out.printf(
          "[bench] naive burst R=%.0f: ok %d, 5xx %d, refused connections %d, peak connections %d%n",
          rate,
          naiveRun.load().accepted(),
          naiveRun.load().serverErrors(),
          naiveRun.connectionsRefused(),
          naiveRun.timeline().peakConnections());
      return new BenchResults(
          settings,
          started,
          Duration.between(started, Instant.now()),
          ready,
          restarts,
          RunningPlatform.APPLIER_POOL + RunningPlatform.WALLET_SERVICE_POOL,
          bench.maxConnections(),
          capacities,
          half,
          burst,
          naiveRun,
          audit,
          perf,
          pgbench);
    } catch (SQLException e) {
      throw new BenchException("cannot sample PostgreSQL's connections", e);
    }
  }

  private CompletableFuture<Seeder.Seeded> seeding;

  /**
   * The baseline server's JVM starts while the ledger applies the seed events: both take seconds.
   */
  private BaselineServer startBaselineWhileSeeding(RunningPlatform platform) {
    seeding =
        CompletableFuture.supplyAsync(
            () -> Seeder.seed(platform, settings.wallets(), settings.campaigns()));
    return BaselineServer.start(settings.workDir(), platform.postgres(), RunningPlatform.DATABASE);
  }

  private static ConnectionSampler sampler(RunningPlatform platform) throws SQLException {
    var pg = platform.postgres();
    return new ConnectionSampler(
        pg.jdbcUrl(RunningPlatform.DATABASE),
        pg.username(),
        pg.password(),
        RunningPlatform.DATABASE,
        Duration.ofMillis(50));
  }

  private static Map<String, Duration> readyTimes(
      RunningPlatform platform, BaselineServer baseline) {
    Map<String, Duration> ready = new LinkedHashMap<>();
    for (ServiceProcess service : platform.services()) {
      ready.put(service.name(), service.startedIn());
    }
    ready.put("baseline-http (Dropwizard, same stack)", baseline.startedIn());
    return ready;
  }

  private static LedgerCheck audit(RunningPlatform platform) {
    try {
      return LedgerInvariants.of(platform.ledgerDataSource()).check();
    } catch (SQLException e) {
      throw new BenchException("cannot audit the ledger", e);
    }
  }
}
