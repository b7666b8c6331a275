package dev.walletplatform.walletctl.lag;

import dev.walletplatform.walletctl.kafka.KafkaSession;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads the timestamp of the next record each lagging group would consume, group-less: time behind
 * is now minus that timestamp. A lag of 10,000 records is nothing at 20k/s and an outage at 1/s;
 * the time says which.
 */
final class TimeBehindProbe {
  private static final Duration BUDGET = Duration.ofSeconds(5);

  private final KafkaSession session;

  TimeBehindProbe(KafkaSession session) {
    this.session = session;
  }

  /**
   * Timestamps of the records at the given positions; partitions that yield none in time are
   * absent.
   */
  Map<TopicPartition, Instant> timestampsAt(Map<TopicPartition, Long> positions) {
    Map<TopicPartition, Instant> found = new HashMap<>();
    if (positions.isEmpty()) {
      return found;
    }
    try (KafkaConsumer<byte[], byte[]> consumer = session.newReader()) {
      consumer.assign(positions.keySet());
      Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(positions.keySet());
      positions.forEach(
          (tp, offset) -> consumer.seek(tp, Math.max(offset, beginnings.getOrDefault(tp, 0L))));
      long deadline = System.nanoTime() + BUDGET.toNanos();
      while (found.size() < positions.size() && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          found.putIfAbsent(
              new TopicPartition(record.topic(), record.partition()),
              Instant.ofEpochMilli(record.timestamp()));
        }
        consumer.pause(found.keySet());
      }
    } catch (RuntimeException e) {
      throw session.failure(e, "reading the oldest unconsumed records");
    }
    return found;
  }
}
