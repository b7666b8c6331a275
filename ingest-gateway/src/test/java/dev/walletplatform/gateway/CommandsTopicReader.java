package dev.walletplatform.gateway;

import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.command.v1.WalletCommand;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import dev.walletplatform.schemas.serde.AvroDeserializer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads wallet.commands.v1 from the end as of its creation. "Nothing else was produced for this
 * wallet" is checked without sleeping: a marker command for the same wallet lands in the same
 * partition after anything produced before it, so reading up to the marker sees everything.
 */
public final class CommandsTopicReader implements AutoCloseable {
  private static final Duration DEADLINE = Duration.ofSeconds(30);

  private final KafkaConsumer<String, WalletCommand> consumer;
  private final List<ConsumerRecord<String, WalletCommand>> seen = new ArrayList<>();

  public CommandsTopicReader(String bootstrapServers, SchemaRegistryClient registry) {
    consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false),
            new StringDeserializer(),
            new AvroDeserializer<>(registry, WalletCommand.class));
    List<TopicPartition> partitions =
        consumer.partitionsFor(Topics.COMMANDS, DEADLINE).stream()
            .map(info -> new TopicPartition(info.topic(), info.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position); // resolve the end offsets now, before any test produces
  }

  /**
   * Every record keyed by {@code wallet}, up to and including the one with {@code untilCommandId}.
   */
  public List<ConsumerRecord<String, WalletCommand>> readUntil(String wallet, UUID untilCommandId) {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (System.nanoTime() < deadline) {
      List<ConsumerRecord<String, WalletCommand>> forWallet =
          seen.stream().filter(record -> wallet.equals(record.key())).toList();
      if (forWallet.stream()
          .anyMatch(record -> untilCommandId.equals(record.value().getCommandId()))) {
        return forWallet;
      }
      consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    }
    throw new AssertionError(
        "command "
            + untilCommandId
            + " for wallet "
            + wallet
            + " not on "
            + Topics.COMMANDS
            + " within "
            + DEADLINE
            + "; saw "
            + seen.size()
            + " records");
  }

  @Override
  public void close() {
    consumer.close();
  }
}
