package dev.walletplatform.processors.it;

import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import dev.walletplatform.schemas.result.v1.CommandResult;
import dev.walletplatform.schemas.serde.AvroDeserializer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads wallet.results.v1 and wallet.deadletters.v1 (committed records only) in the background, as
 * a client would.
 */
final class ResultCollector implements AutoCloseable {
  private final Map<UUID, List<CommandResult>> results = new ConcurrentHashMap<>();
  private final List<ConsumerRecord<byte[], byte[]>> deadLetters = new CopyOnWriteArrayList<>();
  private final Thread thread;
  private volatile boolean running = true;

  ResultCollector(String bootstrapServers, SchemaRegistryClient registry) {
    AvroDeserializer<CommandResult> deserializer =
        new AvroDeserializer<>(registry, CommandResult.class);
    KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                "bootstrap.servers",
                bootstrapServers,
                "group.id",
                "it-results-" + UUID.randomUUID(),
                "auto.offset.reset",
                "earliest",
                "isolation.level",
                "read_committed"),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer());
    consumer.subscribe(List.of(Topics.RESULTS, Topics.DEAD_LETTERS));
    this.thread =
        new Thread(
            () -> {
              try (consumer) {
                while (running) {
                  for (ConsumerRecord<byte[], byte[]> record :
                      consumer.poll(Duration.ofMillis(200))) {
                    if (record.topic().equals(Topics.DEAD_LETTERS)) {
                      deadLetters.add(record);
                    } else {
                      CommandResult result =
                          deserializer.deserialize(record.topic(), record.value());
                      results
                          .computeIfAbsent(
                              result.getMessageId(), id -> new CopyOnWriteArrayList<>())
                          .add(result);
                    }
                  }
                }
              }
            },
            "it-result-collector");
    thread.start();
  }

  List<CommandResult> resultsOf(UUID id) {
    return results.getOrDefault(id, List.of());
  }

  CommandResult resultOf(UUID id) {
    return resultsOf(id).getFirst();
  }

  boolean hasResultFor(UUID id) {
    return results.containsKey(id);
  }

  boolean hasResultsFor(Collection<UUID> ids) {
    return ids.stream().allMatch(results::containsKey);
  }

  List<ConsumerRecord<byte[], byte[]>> deadLetters() {
    return new ArrayList<>(deadLetters);
  }

  @Override
  public void close() {
    running = false;
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
