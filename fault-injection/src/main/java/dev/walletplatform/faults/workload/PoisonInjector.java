package dev.walletplatform.faults.workload;

import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.clients.ClientSettings;
import dev.walletplatform.schemas.command.v1.WalletCommand;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Writes records no consumer can decode into the commands topic, in turn: not the Confluent wire
 * format at all, a schema id the registry never issued, and the right schema id in front of bytes
 * that are not a WalletCommand. Each carries a {@value #POISON_ID_HEADER} header that dead letters
 * keep, so the checker finds it on the dead-letter topic.
 */
public final class PoisonInjector implements AutoCloseable {
  public static final String POISON_ID_HEADER = "fault-run.poison-id";
  private static final Duration SEND_TIMEOUT = Duration.ofSeconds(60);

  private final KafkaProducer<byte[], byte[]> producer;
  private final int commandSchemaId;
  private final List<String> wallets;
  private int sent;

  public PoisonInjector(
      String bootstrapServers, SchemaRegistryClient registry, List<String> wallets) {
    this.producer =
        new KafkaProducer<>(
            ClientSettings.durableProducer(bootstrapServers),
            new ByteArraySerializer(),
            new ByteArraySerializer());
    this.commandSchemaId =
        registry.register(
            SchemaRegistryClient.valueSubject(Topics.COMMANDS), WalletCommand.getClassSchema());
    this.wallets = wallets;
  }

  /**
   * Writes one poison record keyed by one of the workload's wallets; empty when Kafka did not
   * acknowledge it in time.
   */
  public Optional<PoisonRecord> inject(String phase) {
    String poisonId = "poison-" + UUID.randomUUID();
    String wallet = wallets.get(sent % wallets.size());
    byte[] value =
        switch (sent++ % 3) {
          case 0 -> ("not avro at all: " + poisonId).getBytes(StandardCharsets.UTF_8);
          case 1 ->
              ByteBuffer.allocate(9).put((byte) 0).putInt(Integer.MAX_VALUE - 7).putInt(42).array();
          default ->
              ByteBuffer.allocate(5 + 3)
                  .put((byte) 0)
                  .putInt(commandSchemaId)
                  .put(new byte[] {(byte) 0xFF, 0x01, 0x7F})
                  .array();
        };
    ProducerRecord<byte[], byte[]> record =
        new ProducerRecord<>(Topics.COMMANDS, wallet.getBytes(StandardCharsets.UTF_8), value);
    record.headers().add(POISON_ID_HEADER, poisonId.getBytes(StandardCharsets.UTF_8));
    try {
      RecordMetadata written =
          producer.send(record).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      return Optional.of(
          new PoisonRecord(
              poisonId, written.topic(), written.partition(), written.offset(), phase));
    } catch (ExecutionException | TimeoutException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(10));
  }
}
