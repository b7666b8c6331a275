package dev.walletplatform.walletctl.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.walletctl.kafka.AffectedGroup;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayPlanRendererTest {
  private static final List<ReplayPlan.PartitionPlan> PARTITIONS =
      List.of(
          new ReplayPlan.PartitionPlan(
              0,
              3,
              5,
              2,
              Instant.parse("2026-03-14T09:06:00Z"),
              Instant.parse("2026-03-14T09:20:00Z")),
          new ReplayPlan.PartitionPlan(1, 7, 7, 0, null, null));

  private static ReplayPlan plan(
      List<AffectedGroup> groups,
      ReplayPlan.LedgerPreview ledger,
      boolean onlyMissing,
      long toProduce) {
    return new ReplayPlan(
        "wallet.commands.screened.v1",
        "from 2026-03-14T09:05:00Z (included) to 2026-03-14T09:35:00Z (excluded)",
        PARTITIONS,
        groups,
        ledger,
        onlyMissing,
        toProduce);
  }

  @Test
  void showsOffsetsAndRecordsPerPartitionAndSaysNothingWasProducedInADryRun() {
    List<String> lines =
        ReplayPlanRenderer.render(
            plan(List.of(new AffectedGroup("ledger-applier", "STABLE", 1, true)), null, false, 2),
            false);

    assertThat(lines)
        .containsSubsequence(
            "Replay of wallet.commands.screened.v1, from 2026-03-14T09:05:00Z (included) to 2026-03-14T09:35:00Z"
                + " (excluded):",
            "  PARTITION  FROM-OFFSET  TO-OFFSET  RECORDS  FIRST-TIMESTAMP       LAST-TIMESTAMP",
            "  0          3            5          2        2026-03-14T09:06:00Z  2026-03-14T09:20:00Z",
            "  1          7            7          0        -                     -",
            "  total: 2 record(s) in 2 partition(s)",
            "Consumer groups that will read the copies:",
            "  ledger-applier  STABLE  1        yes (processed_messages)",
            "DRY RUN: nothing was produced. Add --execute to re-produce 2 record(s).");
    assertThat(String.join("\n", lines)).doesNotContain("WARNING").doesNotContain("Ledger");
  }

  @Test
  void warnsAboutAGroupNotKnownToDeduplicate() {
    List<String> lines =
        ReplayPlanRenderer.render(
            plan(
                List.of(
                    new AffectedGroup("ledger-applier", "STABLE", 1, true),
                    new AffectedGroup("fraud-scoring", "STABLE", 2, false)),
                null,
                false,
                2),
            false);

    assertThat(lines)
        .contains(
            "  fraud-scoring   STABLE  2        UNKNOWN: check before --execute",
            "  WARNING: fraud-scoring is not known to deduplicate: it will process the copies again.");
  }

  @Test
  void saysWhatTheLedgerAlreadyDecidedAndWhatOnlyMissingLeavesOut() {
    List<String> lines =
        ReplayPlanRenderer.render(
            plan(
                List.of(),
                new ReplayPlan.LedgerPreview("jdbc:postgresql://db/ledger", 2, 3, 1),
                true,
                3),
            true);

    assertThat(lines)
        .containsSubsequence(
            "No consumer group reads this topic: the copies will wait for the applier to start.",
            "Ledger (read-only, jdbc:postgresql://db/ledger):",
            "  already decided: 2 (the applier will skip them)",
            "  not decided yet: 3 (the applier will apply or reject each once)",
            "  undecodable, no message id: 1 (they would be dead-lettered again; left out)",
            "  --only-missing: only the 3 not decided yet are re-produced.",
            "EXECUTING: re-producing 3 record(s) into wallet.commands.screened.v1 (same partition, key, value and"
                + " headers; walletctl.replay.* headers added).");
  }

  @Test
  void saysThereIsNothingToReplayForAnEmptyWindow() {
    assertThat(ReplayPlanRenderer.render(plan(List.of(), null, false, 0), true))
        .contains("Nothing to replay.");
  }
}
