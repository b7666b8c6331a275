package dev.walletplatform.walletctl.replay;

import dev.walletplatform.walletctl.kafka.AffectedGroup;
import java.time.Instant;
import java.util.List;

/**
 * What a replay will do, shown before it does it: per partition the offsets and records, the groups
 * that will read the copies, and (with --db-url) what the ledger already decided.
 */
record ReplayPlan(
    String topic,
    String window,
    List<PartitionPlan> partitions,
    List<AffectedGroup> groups,
    LedgerPreview ledger,
    boolean onlyMissing,
    long toProduce) {

  ReplayPlan {
    partitions = List.copyOf(partitions);
    groups = List.copyOf(groups);
  }

  /**
   * One partition's share: offsets {@code [fromOffset, toOffset)}, the records found there, their
   * time span.
   */
  record PartitionPlan(
      int partition,
      long fromOffset,
      long toOffset,
      long records,
      Instant firstAt,
      Instant lastAt) {}

  /**
   * Message ids of the window as the ledger sees them (read-only); null in a plan made without
   * --db-url.
   */
  record LedgerPreview(String database, long decided, long undecided, long withoutId) {}

  long records() {
    return partitions.stream().mapToLong(PartitionPlan::records).sum();
  }
}
