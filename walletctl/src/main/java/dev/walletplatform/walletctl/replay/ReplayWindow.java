package dev.walletplatform.walletctl.replay;

import dev.walletplatform.walletctl.UsageException;
import dev.walletplatform.walletctl.kafka.PartitionRange;
import dev.walletplatform.walletctl.kafka.TopicCatalog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * What to replay: from a time or offset (included) to a time or offset (excluded), by default to
 * the current end. Times resolve per partition to the first record at or after them; offsets are
 * clamped to what the partition still holds.
 */
record ReplayWindow(Instant fromTime, Long fromOffset, Instant toTime, Long toOffset) {

  ReplayWindow {
    if ((fromTime == null) == (fromOffset == null)) {
      throw new UsageException("give exactly one of --from-time and --from-offset");
    }
    if (fromTime != null && toTime != null && !fromTime.isBefore(toTime)) {
      throw new UsageException(
          "bad time window: --from-time "
              + fromTime
              + " is not before --to-time "
              + toTime
              + " (times without a zone are UTC)");
    }
    if (fromOffset != null && (fromOffset < 0 || (toOffset != null && fromOffset >= toOffset))) {
      throw new UsageException(
          "bad offset window: --from-offset "
              + fromOffset
              + " must be >= 0 and below --to-offset "
              + toOffset);
    }
    if (toOffset != null && toOffset < 0) {
      throw new UsageException("bad offset window: --to-offset " + toOffset + " is negative");
    }
  }

  List<PartitionRange> resolve(TopicCatalog topics, String topic, List<Integer> partitions) {
    Map<Integer, Long> begin = topics.beginningOffsets(topic, partitions);
    Map<Integer, Long> end = topics.endOffsets(topic, partitions);
    Map<Integer, Long> starts =
        fromTime != null ? topics.offsetsAt(topic, partitions, fromTime) : null;
    Map<Integer, Long> stops = toTime != null ? topics.offsetsAt(topic, partitions, toTime) : null;
    List<PartitionRange> ranges = new ArrayList<>();
    for (int p : partitions) {
      long start = starts != null ? starts.get(p) : clamp(fromOffset, begin.get(p), end.get(p));
      long stop =
          stops != null
              ? stops.get(p)
              : toOffset != null ? clamp(toOffset, begin.get(p), end.get(p)) : end.get(p);
      ranges.add(new PartitionRange(new TopicPartition(topic, p), start, Math.max(start, stop)));
    }
    return ranges;
  }

  String describe() {
    String from = fromTime != null ? fromTime.toString() : "offset " + fromOffset;
    String to =
        toTime != null
            ? toTime.toString()
            : toOffset != null ? "offset " + toOffset : "the current end";
    return "from " + from + " (included) to " + to + " (excluded)";
  }

  private static long clamp(long offset, long min, long max) {
    return Math.max(min, Math.min(max, offset));
  }
}
