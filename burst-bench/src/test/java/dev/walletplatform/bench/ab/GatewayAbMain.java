package dev.walletplatform.bench.ab;

import dev.walletplatform.bench.load.ArrivalSchedule;
import dev.walletplatform.bench.load.ClosedLoopProbe;
import dev.walletplatform.bench.load.HttpsCommandTarget;
import dev.walletplatform.bench.load.LoadRun;
import dev.walletplatform.bench.load.OpenLoadGenerator;
import dev.walletplatform.bench.load.RatePhase;
import dev.walletplatform.bench.load.RequestMix;
import dev.walletplatform.bench.scenario.Seeder;
import dev.walletplatform.infra.FreePorts;
import dev.walletplatform.infra.process.JavaProcess;
import dev.walletplatform.infra.tls.SelfSignedKeystore;
import dev.walletplatform.local.LocalCredentials;
import dev.walletplatform.local.PlatformOptions;
import dev.walletplatform.local.PlatformServers;
import dev.walletplatform.local.RepoLayout;
import dev.walletplatform.local.RunningPlatform;
import dev.walletplatform.local.ServiceLaunches;
import dev.walletplatform.local.ServiceProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Before/after for a gateway change, in one run: two extra gateway processes on the same broker — A
 * on this JVM's classpath, B on another (e.g. the previous build's jar in its place) — probed in
 * turn, AB BA AB BA..., with the same closed-loop probe, so drifting machine load and JIT warm-up
 * hit both alike. The first {@value #WARM_UP_ROUNDS} rounds only warm up.
 *
 * <pre>java -cp burst-bench/target/test-classes:burst-bench/target/classes:$CP \
 *   dev.walletplatform.bench.ab.GatewayAbMain OLD_CLASSPATH_FILE [rounds] [seconds] [concurrency]
 * </pre>
 */
public final class GatewayAbMain {
  private static final int WARM_UP_ROUNDS = 2;

  private GatewayAbMain() {}

  public static void main(String[] args) throws Exception {
    String oldClasspath = Files.readString(Path.of(args[0])).strip();
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    Duration probe = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 10);
    int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 64;
    Path work = Path.of("burst-bench/target/gateway-ab").toAbsolutePath();
    try (RunningPlatform platform =
        RunningPlatform.start(PlatformOptions.forTests(work.resolve("platform")))) {
      Seeder.Seeded seeded = Seeder.seed(platform, 500, 5);
      SelfSignedKeystore keystore = SelfSignedKeystore.generate(work.resolve("ab-tls"));
      LocalCredentials credentials =
          LocalCredentials.generate("local-mobile", work.resolve("ab-auth"));
      ServiceLaunches launches =
          new ServiceLaunches(
              new PlatformServers(
                  platform.kafka().bootstrapServers(),
                  platform.schemaRegistryUri(),
                  platform.postgres(),
                  RunningPlatform.DATABASE,
                  keystore,
                  credentials),
              RepoLayout.find(),
              work.resolve("logs"));
      List<Integer> ports = FreePorts.allocate(4);
      JavaProcess a =
          start(
              launches.gateway("gateway-A", ports.get(0), ports.get(1)),
              System.getProperty("java.class.path"));
      JavaProcess b =
          start(launches.gateway("gateway-B", ports.get(2), ports.get(3)), oldClasspath);
      try {
        awaitReady(ports.get(1));
        awaitReady(ports.get(3));
        List<String> lines = new ArrayList<>();
        ClosedLoopProbe closedLoop = new ClosedLoopProbe(concurrency, probe);
        double[] sums = new double[2];
        for (int round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
          for (String name : round % 2 == 0 ? List.of("A", "B") : List.of("B", "A")) {
            int port = name.equals("A") ? ports.get(0) : ports.get(2);
            HttpsCommandTarget target =
                new HttpsCommandTarget(
                    URI.create("https://localhost:" + port),
                    "",
                    credentials::tokenForWallet,
                    keystore.clientSslContext(),
                    new RequestMix(
                        seeded.wallets(), seeded.campaigns(), "ab-" + name + "-" + round, 3),
                    Duration.ofSeconds(30));
            LoadRun run = closedLoop.run(target, 0);
            String line =
                String.format(
                    Locale.ROOT,
                    "round %d gateway %s: %.0f accepted/s, p50 %.1f ms, p99 %.1f ms,"
                        + " non-2xx %d%s",
                    round,
                    name,
                    run.acceptedPerSecond(),
                    run.overall().p50Ms(),
                    run.overall().p99Ms(),
                    run.sent() - run.accepted(),
                    round < WARM_UP_ROUNDS ? " (warm-up, not counted)" : "");
            System.out.println(line);
            lines.add(line);
            if (round >= WARM_UP_ROUNDS) {
              sums[name.equals("A") ? 0 : 1] += run.acceptedPerSecond();
            }
          }
        }
        String summary =
            String.format(
                Locale.ROOT,
                "mean over %d rounds: A %.0f accepted/s, B %.0f accepted/s, A/B %.2f",
                rounds,
                sums[0] / rounds,
                sums[1] / rounds,
                sums[0] / sums[1]);
        System.out.println(summary);
        lines.add(summary);
        // then the open model at 70% of the lower capacity: what a burst sees is the tail, not the
        // mean
        double rate = 0.7 * Math.min(sums[0], sums[1]) / rounds;
        for (String name : List.of("A", "B", "B", "A")) {
          int port = name.equals("A") ? ports.get(0) : ports.get(2);
          HttpsCommandTarget target =
              new HttpsCommandTarget(
                  URI.create("https://localhost:" + port),
                  "",
                  credentials::tokenForWallet,
                  keystore.clientSslContext(),
                  new RequestMix(
                      seeded.wallets(),
                      seeded.campaigns(),
                      "ab-open-" + name + "-" + lines.size(),
                      3),
                  Duration.ofSeconds(30));
          LoadRun run =
              new OpenLoadGenerator(20_000, 4 * concurrency)
                  .run(
                      new ArrivalSchedule(List.of(new RatePhase("open", rate, probe))),
                      target,
                      System.nanoTime());
          String line =
              String.format(
                  Locale.ROOT,
                  "open model %.0f/s gateway %s: accepted %d of %d, p50 %.1f ms,"
                      + " p99 %.1f ms, p99.9 %.1f ms, max %.1f ms",
                  rate,
                  name,
                  run.accepted(),
                  run.sent(),
                  run.overall().p50Ms(),
                  run.overall().p99Ms(),
                  run.overall().p999Ms(),
                  run.overall().maxMs());
          System.out.println(line);
          lines.add(line);
        }
        Files.write(work.resolve("gateway-ab.txt"), lines);
      } finally {
        a.stop(Duration.ofSeconds(10));
        b.stop(Duration.ofSeconds(10));
      }
    }
  }

  private static JavaProcess start(ServiceProcess.Launch launch, String classpath) {
    return JavaProcess.builder(launch.mainClass())
        .args("server", launch.config().toString())
        .jvmOptions(
            "-Xmx" + launch.heap(),
            "-XX:+UseZGC",
            "-XX:+ExitOnOutOfMemoryError",
            "-Dservice.name=" + launch.name())
        .environment(launch.environment())
        .classpath(classpath)
        .logFile(launch.logDir().resolve(launch.name() + ".log"))
        .start();
  }

  private static void awaitReady(int adminPort) throws InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plusSeconds(90);
    while (Instant.now().isBefore(deadline)) {
      try {
        if (http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adminPort + "/ready"))
                        .build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("gateway on admin port " + adminPort + " not ready in 90 s");
  }
}
