package dev.walletplatform.gateway;

import dev.walletplatform.schemas.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The end of wallet.commands.v1, summed over its partitions: equal before and after a request means
 * nothing was produced for it. The gateway produces before it answers 202, so a request that
 * produced anything has moved the end by the time its answer arrives.
 */
public final class CommandsTopicOffsets implements AutoCloseable {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final List<TopicPartition> partitions;

  public CommandsTopicOffsets(String bootstrapServers) {
    consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed"),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer());
    partitions =
        consumer.partitionsFor(Topics.COMMANDS, TIMEOUT).stream()
            .map(info -> new TopicPartition(info.topic(), info.partition()))
            .toList();
  }

  /** Records ever written to the topic (the sum of its end offsets). */
  public long end() {
    return consumer.endOffsets(partitions, TIMEOUT).values().stream()
        .mapToLong(Long::longValue)
        .sum();
  }

  @Override
  public void close() {
    consumer.close();
  }
}
