package dev.walletplatform.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletplatform.bench.BenchException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BaselineOutputParsingTest {
  @Test
  void readsProducerPerformancesSummaryLine() {
    ProducerPerfResult result =
        ProducerPerfResult.parse(
            "500000 records sent, 77519.4 records/sec (37.85 MB/sec),"
                + " 310.2 ms avg latency, 702.0 ms max latency, 290 ms 50th, 650 ms 95th, 690 ms 99th, 700 ms 99.9th.",
            176);
    assertThat(result.records()).isEqualTo(500_000);
    assertThat(result.recordsPerSecond()).isEqualTo(77519.4);
    assertThat(result.avgLatencyMs()).isEqualTo(310.2);
    assertThat(result.p99LatencyMs()).isEqualTo(690);
    assertThat(result.recordSize()).isEqualTo(176);
  }

  @Test
  void refusesALineThatIsNotTheSummary() {
    assertThatThrownBy(() -> ProducerPerfResult.parse("12 records sent", 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("12 records sent");
  }

  @Test
  void readsPgbenchFigures() {
    String output =
        """
        number of transactions actually processed: 18234
        number of failed transactions: 3 (0.016%)
        latency average = 4.386 ms
        tps = 911.652804 (without initial connection time)
        """;
    assertThat(
            PgbenchBaseline.number(
                Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)"),
                output,
                "tps"))
        .isEqualTo(911.652804);
    assertThat(PgbenchBaseline.failed(output)).isEqualTo(3);
    assertThatThrownBy(() -> PgbenchBaseline.number(Pattern.compile("nope (\\d+)"), output, "nope"))
        .isInstanceOf(BenchException.class)
        .hasMessageContaining("no nope");
  }
}
