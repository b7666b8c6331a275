package dev.walletplatform.walletctl.kafka;

import dev.walletplatform.walletctl.UnreachableException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads exactly the records of some offset ranges, committed ones only, without a consumer group
 * (so it never moves anyone's offsets). A partition is done when its position reaches the range's
 * end, which also covers offsets that hold no record (transaction markers, compaction).
 */
public final class RangeReader {
  private static final Duration POLL = Duration.ofMillis(200);

  private final KafkaSession session;

  public RangeReader(KafkaSession session) {
    this.session = session;
  }

  public void read(List<PartitionRange> ranges, Consumer<ConsumerRecord<byte[], byte[]>> sink) {
    Map<TopicPartition, PartitionRange> open = new HashMap<>();
    ranges.stream().filter(r -> !r.isEmpty()).forEach(r -> open.put(r.partition(), r));
    if (open.isEmpty()) {
      return;
    }
    try (KafkaConsumer<byte[], byte[]> consumer = session.newReader()) {
      consumer.assign(open.keySet());
      open.values().forEach(r -> consumer.seek(r.partition(), r.start()));
      long lastProgress = System.nanoTime();
      while (!open.isEmpty()) {
        ConsumerRecords<byte[], byte[]> polled = consumer.poll(POLL);
        for (ConsumerRecord<byte[], byte[]> record : polled) {
          PartitionRange range = open.get(new TopicPartition(record.topic(), record.partition()));
          if (range != null && record.offset() < range.end()) {
            sink.accept(record);
          }
        }
        boolean finished =
            open.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue().end());
        if (finished) {
          consumer.pause(
              consumer.assignment().stream().filter(tp -> !open.containsKey(tp)).toList());
        }
        if (!polled.isEmpty() || finished) {
          lastProgress = System.nanoTime();
        } else if (System.nanoTime() - lastProgress > session.cluster().timeout().toNanos()) {
          throw new UnreachableException(
              "reading "
                  + open.values()
                  + " from Kafka at "
                  + session.cluster().bootstrapServers()
                  + ": no record for "
                  + session.cluster().timeout()
                  + " (positions "
                  + positions(consumer, open)
                  + "); is the cluster up, or a transaction left open?");
        }
      }
    } catch (RuntimeException e) {
      throw session.failure(e, "reading " + ranges);
    }
  }

  private static Map<TopicPartition, Long> positions(
      KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, PartitionRange> open) {
    Map<TopicPartition, Long> positions = new HashMap<>();
    open.keySet().forEach(tp -> positions.put(tp, consumer.position(tp, Duration.ofSeconds(1))));
    return positions;
  }
}
