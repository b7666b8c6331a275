package dev.walletplatform.processors.it;

import dev.walletplatform.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads wallet.screened-commands.v1 from its start (committed records only) in the background and
 * keeps the ids of the commands that left screening: a test can wait for "n more screened" instead
 * of sleeping, and ask at the end which commands never left. Assigned its partitions rather than
 * subscribed: no group to join, so it sees the first commands as soon as they are committed.
 */
final class ScreenedIds implements AutoCloseable {
  private final Set<UUID> ids = ConcurrentHashMap.newKeySet();
  private final Thread thread;
  private volatile boolean running = true;

  ScreenedIds(String bootstrapServers, int partitions) {
    KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                "bootstrap.servers",
                bootstrapServers,
                "auto.offset.reset",
                "earliest",
                "isolation.level",
                "read_committed"),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer());
    consumer.assign(
        IntStream.range(0, partitions)
            .mapToObj(p -> new TopicPartition(Topics.SCREENED_COMMANDS, p))
            .toList());
    this.thread =
        new Thread(
            () -> {
              try (consumer) {
                while (running) {
                  for (ConsumerRecord<byte[], byte[]> record :
                      consumer.poll(Duration.ofMillis(200))) {
                    // wire format: magic byte and schema id (5 bytes); Avro: the id's length (1
                    // byte), then its 36 chars
                    ids.add(
                        UUID.fromString(new String(record.value(), 6, 36, StandardCharsets.UTF_8)));
                  }
                }
              }
            },
            "it-screened-ids");
    thread.start();
  }

  /** How many distinct commands left screening so far. */
  int count() {
    return ids.size();
  }

  /** Those of {@code sent} that have not left screening (yet). */
  Set<UUID> missingOf(Collection<UUID> sent) {
    return sent.stream().filter(id -> !ids.contains(id)).collect(Collectors.toSet());
  }

  @Override
  public void close() {
    running = false;
    try {
      thread.join(Duration.ofSeconds(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
