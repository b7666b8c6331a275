package dev.walletplatform.bench.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.bench.load.ArrivalSchedule;
import dev.walletplatform.bench.load.LatencySummary;
import dev.walletplatform.bench.load.LoadRun;
import dev.walletplatform.bench.load.RatePhase;
import dev.walletplatform.bench.load.SecondStats;
import dev.walletplatform.bench.observe.SystemSample;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineTest {
  private final ArrivalSchedule schedule =
      new ArrivalSchedule(
          List.of(
              new RatePhase("steady", 10, Duration.ofSeconds(1)),
              new RatePhase("spike", 50, Duration.ofSeconds(2))));

  @Test
  void joinsLoadAndSamplesPerSecondAndTurnsCountersIntoRates() {
    LoadRun load =
        new LoadRun(
            List.of(second(0, 10), second(1, 50), second(2, 50), second(3, 0)),
            new LatencySummary(0, 0, 0, 0, 0, 0),
            List.of(),
            Duration.ZERO,
            Duration.ofSeconds(3));
    List<SystemSample> samples =
        List.of(
            new SystemSample(0, 0, 100, 110, 4),
            new SystemSample(1, 30, 130, 145, 8),
            new SystemSample(2, 60, 160, 180, 8),
            new SystemSample(3, 20, 200, 220, 5),
            new SystemSample(4, 0, 220, 240, 4));

    Timeline timeline = Timeline.join("platform", schedule, load, samples);

    assertThat(timeline.rows()).hasSize(5);
    assertThat(timeline.rows().get(0).phase()).isEqualTo("steady");
    assertThat(timeline.rows().get(2).phase()).isEqualTo("spike");
    assertThat(timeline.rows().get(4).phase()).as("after the load").isEqualTo("drain");
    assertThat(timeline.rows().get(0).decidedPerSecond()).as("no earlier sample").isEqualTo(-1);
    assertThat(timeline.rows().get(1).appliedPerSecond()).isEqualTo(30);
    assertThat(timeline.rows().get(1).decidedPerSecond()).isEqualTo(35);
    assertThat(timeline.peakLag()).isEqualTo(60);
    assertThat(timeline.peakConnections()).isEqualTo(8);
    // seconds 1..3 have a backlog and known rates: (35 + 35 + 40) / 3
    assertThat(timeline.peakDecidedPerSecondUnderBacklog(3)).isEqualTo(110.0 / 3);
  }

  private static SecondStats second(long s, long sent) {
    return new SecondStats(
        s, sent, sent, Map.of(202, sent), new LatencySummary(sent, 1, 1, 1, 1, 1));
  }
}
