package dev.walletplatform.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BenchSettingsTest {
  @Test
  void defaultsToTheCommittedReportsRun() {
    BenchSettings full = BenchSettings.parse();
    assertThat(full.report()).isEqualTo(Path.of("docs/benchmarks/burst.md"));
    assertThat(full.chart()).isEqualTo(Path.of("docs/benchmarks/burst.png"));
    assertThat(full.spike()).isEqualTo(Duration.ofSeconds(60));
    assertThat(full.rate()).as("derived from measured capacity").isZero();
  }

  @Test
  void takesFlags() {
    BenchSettings s =
        BenchSettings.parse(
            "--smoke", "--rate", "30", "--report", "/tmp/x/r.md", "--spike-seconds", "5");
    assertThat(s.name()).isEqualTo("smoke");
    assertThat(s.rate()).isEqualTo(30);
    assertThat(s.chart()).isEqualTo(Path.of("/tmp/x/r.png"));
    assertThat(s.spike()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void refusesWhatCannotRun() {
    assertThatThrownBy(() -> BenchSettings.parse("--rate", "-3")).hasMessageContaining("--rate");
    assertThatThrownBy(() -> BenchSettings.parse("--report", "out.txt"))
        .hasMessageContaining(".md");
    assertThatThrownBy(() -> BenchSettings.parse("--wallets", "1"))
        .hasMessageContaining("--wallets");
    assertThatThrownBy(() -> BenchSettings.parse("--bogus"))
        .hasMessageContaining("unknown option --bogus");
    assertThatThrownBy(() -> BenchSettings.parse("--rate")).hasMessageContaining("needs a value");
  }
}
