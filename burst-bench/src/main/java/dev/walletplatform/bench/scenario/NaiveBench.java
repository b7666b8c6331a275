package dev.walletplatform.bench.scenario;

import dev.walletplatform.bench.BenchSettings;
import dev.walletplatform.bench.baseline.BaselineServer;
import dev.walletplatform.bench.load.ArrivalSchedule;
import dev.walletplatform.bench.load.HttpsCommandTarget;
import dev.walletplatform.bench.load.LoadRun;
import dev.walletplatform.bench.load.OpenLoadGenerator;
import dev.walletplatform.bench.load.RequestMix;
import dev.walletplatform.bench.observe.PrometheusCounters;
import dev.walletplatform.bench.observe.SystemSample;
import dev.walletplatform.bench.observe.SystemSampler;
import dev.walletplatform.local.observe.ConnectionSampler;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The same burst, the same mix and the same wallets, handled the old way: each request applied on a
 * new connection to the same PostgreSQL (its real max_connections) before it is answered.
 */
public final class NaiveBench {
  private final BaselineServer server;
  private final BenchSettings settings;
  private final Seeder.Seeded seeded;
  private final ConnectionSampler connections;

  public NaiveBench(
      BaselineServer server,
      BenchSettings settings,
      Seeder.Seeded seeded,
      ConnectionSampler connections) {
    this.server = server;
    this.settings = settings;
    this.seeded = seeded;
    this.connections = connections;
  }

  public HttpsCommandTarget emptyEndpoint(Function<String, String> token) {
    return new HttpsCommandTarget(
        server.uri(),
        "/empty",
        token,
        server.clientTls(),
        new RequestMix(seeded.wallets(), seeded.campaigns(), "empty", settings.seed()),
        Duration.ofSeconds(30));
  }

  public NaiveRun burst(double rate, Function<String, String> token) {
    ArrivalSchedule schedule = BurstPhases.schedule(settings, rate);
    HttpsCommandTarget naive =
        new HttpsCommandTarget(
            server.uri(),
            "/naive",
            token,
            server.clientTls(),
            new RequestMix(seeded.wallets(), seeded.campaigns(), "naive", settings.seed()),
            Duration.ofSeconds(30));
    PrometheusCounters counters = new PrometheusCounters(server.adminUri(), "");
    double refusedBefore = counters.sum(NaiveBench::refused).orElse(0);
    double openedBefore = counters.sum(NaiveBench::opened).orElse(0);
    long start = System.nanoTime();
    LoadRun run;
    List<SystemSample> samples;
    try (SystemSampler sampler =
        new SystemSampler(Optional.empty(), Optional.empty(), connections, start)) {
      run =
          new OpenLoadGenerator(settings.maxInFlight(), settings.connections())
              .run(schedule, naive, start);
      Drain.sleep(Duration.ofSeconds(2));
      samples = sampler.samples();
    }
    long refused = (long) (counters.sum(NaiveBench::refused).orElse(0) - refusedBefore);
    long opened = (long) (counters.sum(NaiveBench::opened).orElse(0) - openedBefore);
    return new NaiveRun(
        rate, Timeline.join("naive fan-out", schedule, run, samples), run, opened, refused);
  }

  private static boolean refused(String name) {
    return name.equals("naive_connections_refused_total");
  }

  private static boolean opened(String name) {
    return name.equals("naive_connections_opened_total");
  }

  /**
   * @param connectionsRefused connection attempts PostgreSQL refused (53300 too many clients, ...)
   */
  public record NaiveRun(
      double rate,
      Timeline timeline,
      LoadRun load,
      long connectionsOpened,
      long connectionsRefused) {}
}
