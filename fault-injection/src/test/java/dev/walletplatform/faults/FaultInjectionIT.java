package dev.walletplatform.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.faults.check.CheckReport;
import dev.walletplatform.faults.check.FaultRow;
import dev.walletplatform.faults.nemesis.Fault;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The short fault run of the default suite: every fault kind once under load, then the checker.
 * Fails on any violation; the report (also in target/) says which and under which fault.
 */
class FaultInjectionIT {

  @Test
  void keepsEveryPromiseWhileProcessesDieAndPause() throws Exception {
    FaultRunOptions options = FaultRunOptions.shortRun(Path.of("target", "fault-run-short"));
    FaultRunResult result = FaultRun.run(options, System.out);
    String markdown =
        FaultReport.markdown(
            options, result, "scripts/test.sh (FaultInjectionIT)", FaultRunMain.machine());
    Files.writeString(Path.of("target", "fault-run-short.md"), markdown);
    System.out.println(markdown);

    CheckReport report = result.report();
    assertThat(report.violations()).as("violations (see target/fault-run-short.md)").isEmpty();
    assertThat(report.conserved()).isTrue();
    for (Fault fault : Fault.values()) {
      FaultRow row =
          report.rows().stream()
              .filter(r -> r.kind().equals(fault.kind()))
              .findFirst()
              .orElseThrow();
      assertThat(row.occurrences()).as(fault.kind()).isEqualTo(1);
      assertThat(row.accepted()).as("commands accepted while %s", fault.kind()).isPositive();
      assertThat(row.maxHealTime()).as("%s drained", fault.kind()).isNotNull();
    }
    assertThat(report.total().applied()).isPositive();
    assertThat(report.total().rejected())
        .as("the workload provokes rejections (funds, claims)")
        .isPositive();
    assertThat(report.poisonInjected()).isEqualTo(Fault.values().length + 1);
    assertThat(report.poisonDeadLettered()).isEqualTo(report.poisonInjected());
  }
}
