package dev.walletplatform.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.bench.scenario.BenchResults;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The whole benchmark in seconds at tiny rates (the full run is {@code scripts/bench-burst.sh}):
 * the platform, the baselines and the report all work, and no command the gateway accepted is lost.
 * It asserts promises, never speeds. Report and logs stay in {@code target/bench-smoke}.
 */
class BurstBenchSmokeIT {

  @Test
  void writesTheReportAndLosesNoAcceptedCommand() throws Exception {
    BenchSettings settings = BenchSettings.smoke(Path.of("target", "bench-smoke"));

    BenchResults results =
        BurstBenchMain.runAndReport(settings, "BurstBenchSmokeIT (mvn verify)", System.out);

    assertThat(Files.readString(settings.report()))
        .contains(
            "## Targets and figures",
            "## The burst",
            "## Raw limits of the parts",
            "## Service ready times");
    assertThat(settings.chart()).isNotEmptyFile();
    assertThat(Files.size(settings.chart())).isLessThan(200_000);
    assertThat(results.platform().load().accepted())
        .as("commands the gateway accepted")
        .isPositive();
    assertThat(results.platform().drained()).as("backlog drained").isTrue();
    assertThat(results.platform().lost()).as("accepted but never decided").isZero();
    assertThat(results.platform().timeline().peakConnections())
        .as("database connections")
        .isLessThanOrEqualTo(results.poolTotal());
    assertThat(results.audit().holds()).as("ledger audit: %s", results.audit()).isTrue();
    assertThat(results.naive().load().sent()).as("the naive fan-out baseline ran").isPositive();
    assertThat(results.producerPerf().recordsPerSecond()).isPositive();
  }
}
