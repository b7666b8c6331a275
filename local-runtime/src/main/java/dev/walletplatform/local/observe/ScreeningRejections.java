package dev.walletplatform.local.observe;

import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import dev.walletplatform.schemas.result.v1.CommandResult;
import dev.walletplatform.schemas.result.v1.Outcome;
import dev.walletplatform.schemas.serde.AvroDeserializer;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Commands abuse screening (stream-processors) rejected before the ledger saw them: they never
 * reach processed_messages, their REJECTED result is on wallet.results.v1. Reads that topic from
 * the start (committed records only) and keeps up on each call.
 */
public final class ScreeningRejections implements AutoCloseable {
  private static final Duration CATCH_UP = Duration.ofSeconds(5);

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final AvroDeserializer<CommandResult> results;
  private final Map<UUID, String> rejected = new HashMap<>();

  public ScreeningRejections(String bootstrapServers, SchemaRegistryClient registry) {
    this.results = new AvroDeserializer<>(registry, CommandResult.class);
    this.consumer =
        new KafkaConsumer<>(
            Map.of("bootstrap.servers", bootstrapServers, "isolation.level", "read_committed"),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer());
    List<TopicPartition> partitions =
        consumer.partitionsFor(Topics.RESULTS).stream()
            .map(p -> new TopicPartition(p.topic(), p.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }

  /** The rejection reason of each of {@code undecidedByLedger} that has a REJECTED result. */
  public Map<UUID, String> among(Collection<UUID> undecidedByLedger) {
    catchUp();
    Map<UUID, String> found = new HashMap<>();
    undecidedByLedger.forEach(
        id -> {
          String reason = rejected.get(id);
          if (reason != null) {
            found.put(id, reason);
          }
        });
    return found;
  }

  private void catchUp() {
    Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
    long deadline = System.nanoTime() + CATCH_UP.toNanos();
    while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())
        && System.nanoTime() < deadline) {
      for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
        CommandResult result = results.deserialize(record.topic(), record.value());
        if (result.getStatus() == Outcome.REJECTED) {
          rejected.putIfAbsent(result.getMessageId(), result.getReasonCode());
        }
      }
    }
  }

  @Override
  public void close() {
    consumer.close();
  }
}
