package dev.walletplatform.walletctl.lag;

import dev.walletplatform.walletctl.NotFoundException;
import dev.walletplatform.walletctl.kafka.GroupCatalog;
import dev.walletplatform.walletctl.kafka.GroupStatus;
import dev.walletplatform.walletctl.kafka.KafkaSession;
import dev.walletplatform.walletctl.kafka.TopicCatalog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.TopicPartition;

/**
 * Collects lag rows for the chosen groups: committed offsets, read-committed end offsets, time
 * behind.
 */
final class LagReader {
  private final KafkaSession session;
  private final GroupCatalog groups;
  private final TopicCatalog topics;
  private final Clock clock;

  LagReader(KafkaSession session, Clock clock) {
    this.session = session;
    this.groups = new GroupCatalog(session);
    this.topics = new TopicCatalog(session);
    this.clock = clock;
  }

  /**
   * @throws NotFoundException when a requested group is unknown (exit 3)
   */
  List<String> chooseGroups(List<String> requested) {
    List<String> known = groups.consumerGroups();
    if (requested == null || requested.isEmpty()) {
      return known;
    }
    for (String group : requested) {
      if (!known.contains(group) && groups.committed(group).isEmpty()) {
        throw new NotFoundException(
            "consumer group '"
                + group
                + "' does not exist on "
                + session.cluster().bootstrapServers()
                + "; groups there: "
                + (known.isEmpty() ? "none" : known));
      }
    }
    return requested;
  }

  List<LagRow> read(List<String> chosenGroups, Set<String> topicFilter) {
    List<LagRow> rows = new ArrayList<>();
    for (String group : chosenGroups) {
      rows.addAll(rowsOf(group, topicFilter));
    }
    rows.sort(
        Comparator.comparing(LagRow::group)
            .thenComparing(LagRow::topic)
            .thenComparingInt(LagRow::partition));
    return rows;
  }

  private List<LagRow> rowsOf(String group, Set<String> topicFilter) {
    GroupStatus status = groups.describe(group);
    Map<TopicPartition, Long> committed = groups.committed(group);
    Set<TopicPartition> partitions = new TreeSet<>(Comparator.comparing(TopicPartition::toString));
    partitions.addAll(committed.keySet());
    status.members().forEach(m -> partitions.addAll(m.assignment()));
    partitions.removeIf(tp -> !topicFilter.isEmpty() && !topicFilter.contains(tp.topic()));
    Map<TopicPartition, Long> ends = ends(partitions);
    Map<TopicPartition, Long> lagging = new HashMap<>();
    partitions.forEach(
        tp -> {
          long at = committed.getOrDefault(tp, -1L);
          if (at >= 0 && ends.get(tp) > at) {
            lagging.put(tp, at);
          }
        });
    Map<TopicPartition, Instant> oldest = new TimeBehindProbe(session).timestampsAt(lagging);
    Instant now = clock.instant();
    List<LagRow> rows = new ArrayList<>();
    for (TopicPartition tp : partitions) {
      long at = committed.getOrDefault(tp, -1L);
      long end = ends.get(tp);
      long lag = at < 0 ? end : Math.max(0, end - at);
      Duration behind = oldest.containsKey(tp) ? Duration.between(oldest.get(tp), now) : null;
      rows.add(
          new LagRow(
              group,
              status.state(),
              status.members().size(),
              tp.topic(),
              tp.partition(),
              at,
              end,
              lag,
              behind));
    }
    return rows;
  }

  private Map<TopicPartition, Long> ends(Set<TopicPartition> partitions) {
    Map<String, List<Integer>> byTopic = new HashMap<>();
    partitions.forEach(
        tp -> byTopic.computeIfAbsent(tp.topic(), t -> new ArrayList<>()).add(tp.partition()));
    Map<TopicPartition, Long> ends = new HashMap<>();
    byTopic.forEach(
        (topic, list) ->
            topics
                .endOffsets(topic, list)
                .forEach((p, o) -> ends.put(new TopicPartition(topic, p), o)));
    return ends;
  }
}
