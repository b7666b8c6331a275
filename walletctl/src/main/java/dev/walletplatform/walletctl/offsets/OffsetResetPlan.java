package dev.walletplatform.walletctl.offsets;

import dev.walletplatform.walletctl.kafka.GroupStatus;
import java.util.List;

/** The offsets a reset would commit, partition by partition, and the group's state when planned. */
record OffsetResetPlan(String topic, String target, GroupStatus group, List<Row> rows) {

  OffsetResetPlan {
    rows = List.copyOf(rows);
  }

  /**
   * One partition: committed now (-1: none), the new offset, and how many records that re-reads (+)
   * or skips (-).
   */
  record Row(int partition, long current, long target, long beginning, long end) {
    long delta() {
      return current < 0 ? target - end : current - target;
    }

    boolean changes() {
      return current != target;
    }
  }

  /**
   * Records the group will process again (when moving back) — positive — or skip (moving forward) —
   * negative.
   */
  long reread() {
    return rows.stream().mapToLong(Row::delta).sum();
  }
}
