package dev.walletplatform.walletctl.kafka;

import dev.walletplatform.walletctl.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Topics, their partitions and offsets (read-committed ends: what consumers of the platform can
 * see).
 */
public final class TopicCatalog {
  private final KafkaSession session;

  public TopicCatalog(KafkaSession session) {
    this.session = session;
  }

  /**
   * Partition numbers of {@code topic}; exit 3 naming the topics that do exist when it does not.
   */
  public List<Integer> partitions(String topic) {
    try {
      TopicDescription description =
          session
              .admin()
              .describeTopics(List.of(topic))
              .allTopicNames()
              .get(session.cluster().timeout().toMillis(), TimeUnit.MILLISECONDS)
              .get(topic);
      return description.partitions().stream().map(p -> p.partition()).sorted().toList();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UnknownTopicOrPartitionException) {
        throw new NotFoundException(
            "topic '"
                + topic
                + "' does not exist on "
                + session.cluster().bootstrapServers()
                + "; topics there: "
                + String.join(", ", topicNames()));
      }
      throw session.failure(e, "describing topic " + topic);
    } catch (Exception e) {
      throw session.failure(e, "describing topic " + topic);
    }
  }

  /** The requested partitions (all when none requested), each checked to exist. */
  public List<Integer> choose(String topic, List<Integer> requested) {
    List<Integer> existing = partitions(topic);
    if (requested == null || requested.isEmpty()) {
      return existing;
    }
    for (int partition : requested) {
      if (!existing.contains(partition)) {
        throw new NotFoundException(
            "partition "
                + partition
                + " of "
                + topic
                + " does not exist (it has partitions "
                + existing
                + ")");
      }
    }
    return List.copyOf(new TreeSet<>(requested));
  }

  public boolean exists(String topic) {
    return topicNames().contains(topic);
  }

  public List<String> topicNames() {
    return session.await(session.admin().listTopics().names(), "listing topics").stream()
        .sorted()
        .toList();
  }

  /** Creates the topic unless it exists (another operator may race us: that is fine). */
  public void createIfMissing(NewTopic topic) {
    try {
      session
          .admin()
          .createTopics(List.of(topic))
          .all()
          .get(session.cluster().timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw session.failure(e, "creating topic " + topic.name());
      }
    } catch (Exception e) {
      throw session.failure(e, "creating topic " + topic.name());
    }
  }

  public Map<Integer, Long> endOffsets(String topic, List<Integer> partitions) {
    return offsets(topic, partitions, OffsetSpec.latest(), "end offsets");
  }

  public Map<Integer, Long> beginningOffsets(String topic, List<Integer> partitions) {
    return offsets(topic, partitions, OffsetSpec.earliest(), "beginning offsets");
  }

  /**
   * Per partition, the first offset whose record timestamp is at or after {@code time}, else the
   * end.
   */
  public Map<Integer, Long> offsetsAt(String topic, List<Integer> partitions, Instant time) {
    Map<Integer, Long> atTime =
        offsets(
            topic, partitions, OffsetSpec.forTimestamp(time.toEpochMilli()), "offsets at " + time);
    Map<Integer, Long> ends = endOffsets(topic, partitions);
    Map<Integer, Long> resolved = new HashMap<>();
    partitions.forEach(
        p ->
            resolved.put(
                p, Optional.ofNullable(atTime.get(p)).filter(o -> o >= 0).orElse(ends.get(p))));
    return resolved;
  }

  private Map<Integer, Long> offsets(
      String topic, List<Integer> partitions, OffsetSpec spec, String what) {
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    partitions.forEach(p -> request.put(new TopicPartition(topic, p), spec));
    Map<TopicPartition, ListOffsetsResultInfo> answer =
        session.await(
            session
                .admin()
                .listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                .all(),
            "listing " + what + " of " + topic);
    Map<Integer, Long> offsets = new HashMap<>();
    answer.forEach((tp, info) -> offsets.put(tp.partition(), info.offset()));
    return offsets;
  }

  /** Convenience for callers holding partition numbers. */
  public static List<TopicPartition> topicPartitions(String topic, List<Integer> partitions) {
    List<TopicPartition> list = new ArrayList<>();
    partitions.forEach(p -> list.add(new TopicPartition(topic, p)));
    return list;
  }
}
