package dev.walletplatform.walletctl.kafka;

import org.apache.kafka.common.TopicPartition;

/** Offsets {@code [start, end)} of one partition: start included, end excluded. */
public record PartitionRange(TopicPartition partition, long start, long end) {
  public PartitionRange {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "bad range of " + partition + ": [" + start + ", " + end + ")");
    }
  }

  /** Offsets in the range; records can be fewer (compaction, transaction markers). */
  public long size() {
    return end - start;
  }

  public boolean isEmpty() {
    return end == start;
  }

  @Override
  public String toString() {
    return partition + " [" + start + ", " + end + ")";
  }
}
