package dev.walletplatform.processors.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.schemas.Topics;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class ConsumedBatchTest {
  private static final TopicPartition COMMANDS_0 = new TopicPartition(Topics.COMMANDS, 0);
  private static final TopicPartition COMMANDS_1 = new TopicPartition(Topics.COMMANDS, 1);
  private static final TopicPartition EVENTS_0 = new TopicPartition(Topics.EVENTS, 0);

  @Test
  void commitsTheOffsetAfterTheLastRecordOfEachPartition() {
    ConsumedBatch batch =
        new ConsumedBatch(
            List.of(
                record(COMMANDS_0, 10),
                record(COMMANDS_0, 11),
                record(COMMANDS_1, 3),
                record(EVENTS_0, 100),
                record(COMMANDS_0, 12)));
    assertThat(batch.nextOffsets())
        .containsOnly(
            java.util.Map.entry(COMMANDS_0, new OffsetAndMetadata(13)),
            java.util.Map.entry(COMMANDS_1, new OffsetAndMetadata(4)),
            java.util.Map.entry(EVENTS_0, new OffsetAndMetadata(101)));
  }

  @Test
  void rewindsEachPartitionToItsFirstRecord() {
    ConsumedBatch batch =
        new ConsumedBatch(
            List.of(record(COMMANDS_0, 10), record(COMMANDS_0, 11), record(EVENTS_0, 100)));
    assertThat(batch.firstOffsets())
        .containsOnly(java.util.Map.entry(COMMANDS_0, 10L), java.util.Map.entry(EVENTS_0, 100L));
  }

  @Test
  void keepsThePolledOrder() {
    List<ConsumerRecord<byte[], byte[]>> polled =
        List.of(record(EVENTS_0, 5), record(COMMANDS_0, 1), record(EVENTS_0, 6));
    assertThat(new ConsumedBatch(polled).records()).containsExactlyElementsOf(polled);
  }

  private static ConsumerRecord<byte[], byte[]> record(TopicPartition partition, long offset) {
    return new ConsumerRecord<>(
        partition.topic(), partition.partition(), offset, null, new byte[] {1});
  }
}
