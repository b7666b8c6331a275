package dev.walletplatform.bench.ab;

import dev.walletplatform.bench.baseline.BaselineServer;
import dev.walletplatform.bench.load.ClosedLoopProbe;
import dev.walletplatform.bench.load.HttpsCommandTarget;
import dev.walletplatform.bench.load.LoadRun;
import dev.walletplatform.bench.load.RequestMix;
import dev.walletplatform.bench.scenario.Seeder;
import dev.walletplatform.infra.process.JavaProcess;
import dev.walletplatform.local.PlatformOptions;
import dev.walletplatform.local.RunningPlatform;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Where the gateway's capacity goes, in one run: the empty endpoint, the gateway, and the gateway
 * with stream-processors paused (SIGSTOP), each with the same closed-loop probe at 64 and 256 in
 * flight, three rounds (the first ones are JIT warm-up on two busy cores). With {@code
 * JAVA_TOOL_OPTIONS=-XX:StartFlightRecording=filename=DIR/,settings=profile,dumponexit=true} every
 * JVM leaves a recording; docs/benchmarks/burst-profiling.md reads them.
 *
 * <pre>java -cp burst-bench/target/test-classes:burst-bench/target/classes:$CP \
 *   dev.walletplatform.bench.ab.CapacityExperimentMain [seconds per probe]</pre>
 */
public final class CapacityExperimentMain {
  public static void main(String[] args) throws Exception {
    long seconds = Long.parseLong(args.length > 0 ? args[0] : "15");
    Path work = Path.of("burst-bench/target/cap-exp").toAbsolutePath();
    try (RunningPlatform platform =
            RunningPlatform.start(PlatformOptions.forTests(work.resolve("platform")));
        BaselineServer baseline =
            BaselineServer.start(work, platform.postgres(), RunningPlatform.DATABASE)) {
      Seeder.Seeded seeded = Seeder.seed(platform, 2000, 20);
      JavaProcess applier = platform.service("ledger-applier").process();
      int seq = 0;
      for (int round = 0; round < 3; round++) {
        for (int conc : new int[] {64, 256}) {
          ClosedLoopProbe probe = new ClosedLoopProbe(conc, Duration.ofSeconds(seconds));
          HttpsCommandTarget empty =
              new HttpsCommandTarget(
                  baseline.uri(),
                  "/empty",
                  platform.credentials()::tokenForWallet,
                  baseline.clientTls(),
                  new RequestMix(seeded.wallets(), seeded.campaigns(), "e" + round, 8),
                  Duration.ofSeconds(30));
          LoadRun e = probe.run(empty, 0);
          print(round, "empty", conc, e);
          HttpsCommandTarget gw =
              new HttpsCommandTarget(
                  platform.gatewayUri(),
                  "",
                  platform.credentials()::tokenForWallet,
                  platform.clientTls(),
                  new RequestMix(seeded.wallets(), seeded.campaigns(), "g" + (seq++), 8),
                  Duration.ofSeconds(30));
          LoadRun g = probe.run(gw, 0);
          print(round, "gateway", conc, g);
          applier.pause();
          try {
            HttpsCommandTarget gw2 =
                new HttpsCommandTarget(
                    platform.gatewayUri(),
                    "",
                    platform.credentials()::tokenForWallet,
                    platform.clientTls(),
                    new RequestMix(seeded.wallets(), seeded.campaigns(), "g" + (seq++), 8),
                    Duration.ofSeconds(30));
            LoadRun p = probe.run(gw2, 0);
            print(round, "gateway(downstream paused)", conc, p);
          } finally {
            applier.resume();
          }
          Thread.sleep(20_000);
        }
      }
    }
  }

  private static void print(int round, String name, int conc, LoadRun r) {
    System.out.println(
        String.format(
            Locale.ROOT,
            "RESULT round %d %s conc %d: %.0f accepted/s (%.0f answered/s) p50 %.1f p99 %.1f",
            round,
            name,
            conc,
            r.acceptedPerSecond(),
            r.answeredPerSecond(),
            r.overall().p50Ms(),
            r.overall().p99Ms()));
  }
}
