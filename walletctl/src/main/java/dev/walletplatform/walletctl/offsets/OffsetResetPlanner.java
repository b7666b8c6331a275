package dev.walletplatform.walletctl.offsets;

import dev.walletplatform.walletctl.NotFoundException;
import dev.walletplatform.walletctl.kafka.GroupCatalog;
import dev.walletplatform.walletctl.kafka.KafkaSession;
import dev.walletplatform.walletctl.kafka.TopicCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/** Computes the new offsets of a reset, clamped to [log start, end] of each partition. */
final class OffsetResetPlanner {
  private final KafkaSession session;
  private final GroupCatalog groups;
  private final TopicCatalog topics;

  OffsetResetPlanner(KafkaSession session) {
    this.session = session;
    this.groups = new GroupCatalog(session);
    this.topics = new TopicCatalog(session);
  }

  OffsetResetPlan plan(String group, String topic, List<Integer> requested, ResetTarget target) {
    List<Integer> partitions = topics.choose(topic, requested);
    if (!groups.exists(group)) {
      throw new NotFoundException(
          "consumer group '"
              + group
              + "' does not exist on "
              + session.cluster().bootstrapServers()
              + "; groups there: "
              + groups.consumerGroups());
    }
    Map<TopicPartition, Long> committed = groups.committed(group);
    Map<Integer, Long> beginning = topics.beginningOffsets(topic, partitions);
    Map<Integer, Long> end = topics.endOffsets(topic, partitions);
    Map<Integer, Long> atTime =
        target instanceof ResetTarget.ToTime(var time)
            ? topics.offsetsAt(topic, partitions, time)
            : Map.of();
    List<OffsetResetPlan.Row> rows = new ArrayList<>();
    for (int p : partitions) {
      long current = committed.getOrDefault(new TopicPartition(topic, p), -1L);
      long wanted =
          target.offsetFor(current, beginning.get(p), end.get(p), atTime.getOrDefault(p, -1L));
      long clamped = Math.max(beginning.get(p), Math.min(end.get(p), wanted));
      rows.add(new OffsetResetPlan.Row(p, current, clamped, beginning.get(p), end.get(p)));
    }
    return new OffsetResetPlan(topic, target.describe(), groups.describe(group), rows);
  }
}
