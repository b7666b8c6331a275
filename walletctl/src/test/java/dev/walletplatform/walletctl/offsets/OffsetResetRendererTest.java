package dev.walletplatform.walletctl.offsets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.walletctl.kafka.GroupStatus;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OffsetResetRendererTest {
  private static final GroupStatus IDLE = new GroupStatus("ledger-applier", "EMPTY", List.of());

  @Test
  void showsCurrentAndNewOffsetsAndWhatIsReRead() {
    OffsetResetPlan plan =
        new OffsetResetPlan(
            "wallet.commands.v1",
            "offset 10",
            IDLE,
            List.of(
                new OffsetResetPlan.Row(0, 40, 10, 0, 40),
                new OffsetResetPlan.Row(1, 10, 10, 0, 12)));

    List<String> lines = OffsetResetRenderer.render(plan, false);

    assertThat(lines)
        .containsSubsequence(
            "Reset of group ledger-applier on wallet.commands.v1 to offset 10:",
            "  group state: ledger-applier is EMPTY with 0 member(s)",
            "  PARTITION  CURRENT  NEW  LOG-START  END  EFFECT",
            "  0          40       10   0          40   re-read 30",
            "  1          10       10   0          12   unchanged",
            "  in all: re-reads 30 record(s)",
            "DRY RUN: nothing was changed. Add --execute to commit the new offsets (the group must have no active members).");
  }

  @Test
  void warnsThatMovingForwardSkipsRecordsForGood() {
    OffsetResetPlan plan =
        new OffsetResetPlan(
            "wallet.commands.v1",
            "the end",
            IDLE,
            List.of(new OffsetResetPlan.Row(0, 30, 40, 0, 40)));

    assertThat(OffsetResetRenderer.render(plan, true))
        .contains("  in all: SKIPS 10 record(s)")
        .anyMatch(line -> line.contains("WARNING: skipped records are never processed"))
        .contains("EXECUTING: committing the new offsets.");
  }

  @Test
  void saysARefusedResetChangedNothing() {
    GroupStatus active =
        new GroupStatus(
            "ledger-applier",
            "STABLE",
            List.of(new GroupStatus.Member("m", "applier-1", "/10.0.0.7", Set.of())));
    OffsetResetPlan plan =
        new OffsetResetPlan(
            "wallet.commands.v1",
            "the earliest offset",
            active,
            List.of(new OffsetResetPlan.Row(0, 30, 0, 0, 40)));

    assertThat(OffsetResetRenderer.render(plan, true))
        .contains(
            "  group state: ledger-applier is STABLE with 1 member(s): [applier-1@/10.0.0.7 (0 partitions)]",
            "REFUSED: nothing was changed; the group has active members.")
        .noneMatch(line -> line.startsWith("EXECUTING") || line.startsWith("DRY RUN"));
  }

  @Test
  void countsAGroupActiveWhileRebalancingOrWithMembers() {
    assertThat(new GroupStatus("g", "PREPARING_REBALANCE", List.of()).isIdle()).isFalse();
    assertThat(
            new GroupStatus(
                    "g", "EMPTY", List.of(new GroupStatus.Member("m", "c", "/1.2.3.4", Set.of())))
                .isIdle())
        .isFalse();
    assertThat(new GroupStatus("g", "DEAD", List.of()).isIdle()).isTrue();
  }
}
