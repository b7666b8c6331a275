package dev.walletplatform.bench.ab;

import dev.walletplatform.bench.load.ArrivalSchedule;
import dev.walletplatform.bench.load.HttpsCommandTarget;
import dev.walletplatform.bench.load.OpenLoadGenerator;
import dev.walletplatform.bench.load.RatePhase;
import dev.walletplatform.bench.load.RequestMix;
import dev.walletplatform.bench.scenario.Seeder;
import dev.walletplatform.local.PlatformOptions;
import dev.walletplatform.local.RunningPlatform;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * Where accept-to-applied time goes: open-model load at each given rate for 30 s, then the ledger's
 * processed_at − accepted_at split by command kind, and the seconds holding the slowest commands (a
 * stall shows as many slow commands accepted in the same second).
 *
 * <pre>
 * java [-Dbroker.jvm=FAST_START] -cp burst-bench/target/test-classes:burst-bench/target/classes:$CP \
 *   dev.walletplatform.bench.ab.AcceptToAppliedSplitMain 50 150 300</pre>
 *
 * The broker runs with {@code PRODUCTION} JVM options unless {@code broker.jvm} says otherwise.
 */
public final class AcceptToAppliedSplitMain {
  public static void main(String[] args) throws Exception {
    Path work = Path.of("burst-bench/target/a2a-split").toAbsolutePath();
    PlatformOptions.BrokerJvm broker =
        PlatformOptions.BrokerJvm.valueOf(System.getProperty("broker.jvm", "PRODUCTION"));
    System.out.println("broker JVM: " + broker + " " + broker.options());
    try (RunningPlatform platform =
        RunningPlatform.start(
            PlatformOptions.forTests(work.resolve("platform")).withBrokerJvm(broker))) {
      Seeder.Seeded seeded = Seeder.seed(platform, 2000, 20);
      for (int window = 0; window < args.length; window++) {
        String rateArg = args[window];
        double rate = Double.parseDouble(rateArg);
        HttpsCommandTarget target =
            new HttpsCommandTarget(
                platform.gatewayUri(),
                "",
                platform.credentials()::tokenForWallet,
                platform.clientTls(),
                new RequestMix(
                    seeded.wallets(), seeded.campaigns(), "split-" + window + "-" + rateArg, 8),
                Duration.ofSeconds(30));
        long from = System.currentTimeMillis();
        new OpenLoadGenerator(20_000, 256)
            .run(
                new ArrivalSchedule(List.of(new RatePhase("r", rate, Duration.ofSeconds(30)))),
                target,
                System.nanoTime());
        Thread.sleep(10_000);
        report(platform, rate, from);
      }
    }
  }

  private static void report(RunningPlatform platform, double rate, long fromMillis)
      throws Exception {
    String window =
        "accepted_at >= to_timestamp(" + fromMillis / 1000.0 + ") + interval '5 seconds'";
    try (Connection c = platform.ledgerDataSource().getConnection();
        Statement s = c.createStatement()) {
      System.out.printf("RATE %.0f/s%n", rate);
      try (ResultSet rs =
          s.executeQuery(
              "SELECT message_kind, count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY ms),"
                  + " percentile_cont(0.99) WITHIN GROUP (ORDER BY ms), max(ms) FROM (SELECT message_kind,"
                  + " extract(epoch FROM processed_at - accepted_at) * 1000 AS ms FROM processed_messages WHERE "
                  + window
                  + ") t GROUP BY message_kind ORDER BY 1")) {
        while (rs.next()) {
          System.out.printf(
              "  %-16s n=%6d p50 %7.1f ms p99 %7.1f ms max %7.1f ms%n",
              rs.getString(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5));
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT date_trunc('second', accepted_at) AS sec, count(*) FILTER (WHERE ms > 250),"
                  + " count(*), max(ms) FROM (SELECT accepted_at, extract(epoch FROM processed_at - accepted_at) * 1000 AS ms FROM"
                  + " processed_messages WHERE "
                  + window
                  + ") t GROUP BY 1 ORDER BY 2 DESC LIMIT 8")) {
        while (rs.next()) {
          System.out.printf(
              "  second %s: %d of %d over 250 ms, max %.0f ms%n",
              rs.getTimestamp(1).toInstant(), rs.getLong(2), rs.getLong(3), rs.getDouble(4));
        }
      }
    }
  }
}
