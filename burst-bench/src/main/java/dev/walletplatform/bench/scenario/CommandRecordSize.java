package dev.walletplatform.bench.scenario;

import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.clients.ClientSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The mean value size of the commands the gateway wrote: ProducerPerformance sends records of it.
 */
final class CommandRecordSize {
  private CommandRecordSize() {}

  private static Map<String, Object> readCommitted(String bootstrapServers) {
    Map<String, Object> settings = ClientSettings.uncommittedReader(bootstrapServers);
    settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    return settings;
  }

  static int measure(String bootstrapServers, int sample) {
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(
            readCommitted(bootstrapServers),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(Topics.COMMANDS).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      long bytes = 0;
      int count = 0;
      Instant deadline = Instant.now().plusSeconds(10);
      while (count < sample && Instant.now().isBefore(deadline)) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          if (record.value() != null && count < sample) {
            bytes += record.value().length;
            count++;
          }
        }
      }
      return count == 0 ? 200 : (int) Math.round((double) bytes / count);
    }
  }
}
