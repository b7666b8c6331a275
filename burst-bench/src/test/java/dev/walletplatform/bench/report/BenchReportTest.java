package dev.walletplatform.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.bench.BenchSettings;
import dev.walletplatform.bench.baseline.PgbenchResult;
import dev.walletplatform.bench.baseline.ProducerPerfResultFixture;
import dev.walletplatform.bench.load.LatencySummary;
import dev.walletplatform.bench.load.LoadRun;
import dev.walletplatform.bench.load.SecondStats;
import dev.walletplatform.bench.observe.SystemSample;
import dev.walletplatform.bench.scenario.AcceptToApplied;
import dev.walletplatform.bench.scenario.BenchResults;
import dev.walletplatform.bench.scenario.Capacities;
import dev.walletplatform.bench.scenario.NaiveBench;
import dev.walletplatform.bench.scenario.PlatformBench;
import dev.walletplatform.bench.scenario.Timeline;
import dev.walletplatform.bench.scenario.TimelineRow;
import dev.walletplatform.fixtures.ledger.LedgerCheck;
import java.awt.image.BufferedImage;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {
  @TempDir Path dir;

  @Test
  void putsTheIssuesTargetsNextToWhatWasMeasured() {
    String md =
        BenchReport.markdown(
            results(),
            "scripts/bench-burst.sh",
            "test machine",
            Optional.of("## Profiling\n\nnotes"));

    assertThat(md)
        .contains("| platform through the 5× spike: 5xx | 0 | 0 |")
        .contains("| platform: accepted commands lost (never decided) | 0 | 0 of 1000 |")
        .contains(
            "gateway ÷ empty endpoint, same stack, same probe | ≥ 0.8 | 0.85 (1,700 ÷ 2,000) with"
                + " stream-processors stopped; 0.50 (1,000 ÷ 2,000) with them working beside it")
        .contains("| ingest-gateway | 2.4 s | 1.3 s |")
        .contains("applier decided/s ÷ pgbench TPS (4 connections) | ≥ 2 | 3.00 (1,500 ÷ 500)")
        .contains("accept-to-applied p99 at half the sustainable rate | ≤ 250 ms | 120.0 ms")
        .contains("just after stream-processors restarted: p50 400.0 ms, p99 3.50 s)")
        .contains("42 connections refused")
        .contains("Machine: test machine.")
        .contains("## Profiling\n\nnotes")
        .contains("![burst timeline](burst-smoke.png)");
  }

  @Test
  void drawsASmallChartAndWritesEverySecondAsCsv() throws Exception {
    Path png = dir.resolve("chart.png");
    BenchResults r = results();
    TimelineChart.write(png, r.platform().timeline(), r.naive().timeline(), 8, 100, 2, 4);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1000);
    assertThat(Files.size(png)).isLessThan(200_000);

    Path csv = dir.resolve("timeline.csv");
    TimelineCsv.write(csv, r.platform().timeline(), r.naive().timeline());
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0)).isEqualTo(TimelineCsv.HEADER);
    assertThat(lines)
        .hasSize(1 + r.platform().timeline().rows().size() + r.naive().timeline().rows().size());
  }

  private BenchResults results() {
    BenchSettings settings = BenchSettings.smoke(dir);
    LoadRun empty = closedLoop(2_000, 2_000);
    LoadRun gateway = closedLoop(1_000, 1_000);
    LoadRun gatewayAlone = closedLoop(1_700, 1_700);
    Capacities capacities =
        new Capacities(
            empty,
            gateway,
            gatewayAlone,
            OptionalDouble.of(900),
            OptionalDouble.of(1_200),
            9_000,
            OptionalDouble.of(1_500),
            600,
            Duration.ofMillis(2_900));
    LoadRun burstLoad = closedLoop(100, 100);
    Timeline platform = timeline("platform", 0, 4, 2);
    Timeline naive = timeline("naive fan-out", 7, 0, 60);
    return new BenchResults(
        settings,
        Instant.parse("2026-01-01T00:00:00Z"),
        Duration.ofMinutes(9),
        Map.of("ingest-gateway", Duration.ofMillis(2_400)),
        Map.of("ingest-gateway", Duration.ofMillis(1_300)),
        8,
        100,
        capacities,
        new PlatformBench.HalfRateRun(
            500,
            burstLoad,
            new AcceptToApplied(1_000, 40, 120, 300),
            new AcceptToApplied(3_000, 400, 3_500, 4_100)),
        new PlatformBench.BurstRun(
            100,
            platform,
            burstLoad,
            Map.of("APPLIED", 480, "REJECTED", 20, "PENDING", 0),
            true,
            Duration.ofSeconds(12)),
        new NaiveBench.NaiveRun(100, naive, burstLoad, 900, 42),
        new LedgerCheck(
            Map.of("USDC", BigInteger.ZERO), Map.of("USDC", BigInteger.TEN), 0, 0, 0, 0, 0, 10, 5),
        ProducerPerfResultFixture.sample(),
        new PgbenchResult(Optional.empty(), 4, 500, 8, 10_000, 0, "pgbench ..."));
  }

  private static LoadRun closedLoop(long perSecond, long accepted) {
    List<SecondStats> seconds = new ArrayList<>();
    for (int s = 0; s < 10; s++) {
      seconds.add(new SecondStats(s, perSecond, accepted, Map.of(202, accepted), latency(5)));
    }
    return new LoadRun(seconds, latency(5), List.of(), Duration.ZERO, Duration.ofSeconds(10));
  }

  private static Timeline timeline(String target, long errorsPerSecond, long lag, int connections) {
    List<TimelineRow> rows = new ArrayList<>();
    String[] phases = {"steady", "steady", "spike", "spike", "after", "drain"};
    for (int s = 0; s < phases.length; s++) {
      SecondStats stats =
          new SecondStats(
              s,
              50,
              50 - errorsPerSecond,
              errorsPerSecond == 0
                  ? Map.of(202, 50L)
                  : Map.of(200, 50 - errorsPerSecond, 503, errorsPerSecond),
              latency(5 + s));
      rows.add(
          new TimelineRow(
              s,
              phases[s],
              50,
              stats,
              new SystemSample(s, lag * s, 100L * s, 110L * s, connections),
              100,
              110));
    }
    return new Timeline(target, rows);
  }

  private static LatencySummary latency(double p50) {
    return new LatencySummary(100, p50, p50 * 2, p50 * 3, p50 * 4, p50 * 5);
  }
}
