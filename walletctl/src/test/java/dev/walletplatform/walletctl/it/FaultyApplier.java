package dev.walletplatform.walletctl.it;

import dev.walletplatform.schemas.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The simulated bug: a build of the applier that joins its group, reads the commands and commits
 * their offsets without applying them — the incident the replay runbook is for.
 */
final class FaultyApplier {
  private FaultyApplier() {}

  /**
   * Reads the applier's input (what screening passed) until it has skipped {@code expected} records
   * and is at the end, commits there, applying nothing. Returns how many it skipped.
   */
  static int skipPending(String bootstrapServers, String group, int expected) {
    Map<String, Object> props =
        Map.of(
            "bootstrap.servers",
            bootstrapServers,
            "group.id",
            group,
            "enable.auto.commit",
            "false",
            "auto.offset.reset",
            "earliest",
            "isolation.level",
            "read_committed");
    int skipped = 0;
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(Topics.SCREENED_COMMANDS));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (skipped < expected || !atEnd(consumer)) {
        skipped += consumer.poll(Duration.ofMillis(200)).count();
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "faulty applier did not reach the end: " + consumer.assignment());
        }
      }
      consumer.commitSync();
    }
    return skipped;
  }

  private static boolean atEnd(KafkaConsumer<byte[], byte[]> consumer) {
    Set<TopicPartition> assigned = consumer.assignment();
    if (assigned.size() < Platform.PARTITIONS) {
      return false;
    }
    Map<TopicPartition, Long> positions = new HashMap<>();
    assigned.forEach(tp -> positions.put(tp, consumer.position(tp)));
    Map<TopicPartition, Long> ends = consumer.endOffsets(assigned);
    return assigned.stream().allMatch(tp -> positions.get(tp) >= ends.get(tp));
  }
}
