package dev.walletplatform.processors.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The records of one poll, in the order the consumer returned them (per partition, offset order),
 * with the two offset maps the loop needs: where to commit after success, and where to rewind after
 * a transient failure.
 */
public final class ConsumedBatch {
  private final List<ConsumerRecord<byte[], byte[]>> records;
  private final Map<TopicPartition, Long> firstOffsets = new HashMap<>();
  private final Map<TopicPartition, Long> lastOffsets = new HashMap<>();

  public ConsumedBatch(Iterable<ConsumerRecord<byte[], byte[]>> polled) {
    List<ConsumerRecord<byte[], byte[]>> list = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> record : polled) {
      list.add(record);
      TopicPartition partition = new TopicPartition(record.topic(), record.partition());
      firstOffsets.merge(partition, record.offset(), Math::min);
      lastOffsets.merge(partition, record.offset(), Math::max);
    }
    this.records = List.copyOf(list);
  }

  public List<ConsumerRecord<byte[], byte[]>> records() {
    return records;
  }

  public int size() {
    return records.size();
  }

  public boolean isEmpty() {
    return records.isEmpty();
  }

  /**
   * Offsets to commit once the batch is in the database and its results are acknowledged: last + 1.
   */
  public Map<TopicPartition, OffsetAndMetadata> nextOffsets() {
    Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
    lastOffsets.forEach(
        (partition, offset) -> next.put(partition, new OffsetAndMetadata(offset + 1)));
    return next;
  }

  /** Where each partition must restart to see the whole batch again. */
  public Map<TopicPartition, Long> firstOffsets() {
    return Map.copyOf(firstOffsets);
  }

  @Override
  public String toString() {
    return "batch of " + records.size() + " records from " + firstOffsets;
  }
}
