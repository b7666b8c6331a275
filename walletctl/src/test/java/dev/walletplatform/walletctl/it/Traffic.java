package dev.walletplatform.walletctl.it;

import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.command.v1.TransferRequested;
import dev.walletplatform.schemas.command.v1.WalletCommand;
import dev.walletplatform.schemas.event.v1.DepositConfirmed;
import dev.walletplatform.schemas.event.v1.WalletEvent;
import dev.walletplatform.schemas.event.v1.WalletOpened;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import dev.walletplatform.schemas.serde.AvroSerializer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Produces what the gateway and internal producers produce (Avro, key = wallet), optionally with a
 * chosen time.
 */
final class Traffic implements AutoCloseable {
  private final KafkaProducer<byte[], byte[]> producer;
  private final AvroSerializer<WalletCommand> commands;
  private final AvroSerializer<WalletEvent> events;

  Traffic(String bootstrapServers, SchemaRegistryClient registry) {
    this.producer =
        new KafkaProducer<>(
            Map.of(
                "bootstrap.servers", bootstrapServers, "acks", "all", "enable.idempotence", "true"),
            new ByteArraySerializer(),
            new ByteArraySerializer());
    this.commands = new AvroSerializer<>(registry);
    this.events = new AvroSerializer<>(registry);
  }

  UUID openWallet(String wallet) {
    return event(wallet, new WalletOpened(wallet, "owner-" + wallet));
  }

  UUID deposit(String wallet, String asset, long amount) {
    return event(
        wallet,
        new DepositConfirmed(wallet, asset, BigDecimal.valueOf(amount), "tx-" + UUID.randomUUID()));
  }

  /**
   * A transfer command. With {@code at == null} the gateway's way: into wallet.commands.v1, through
   * screening. With a time: straight into wallet.commands.screened.v1 as if screening had passed it
   * then — screening stamps records (and Kafka its transaction markers) with the real clock, which
   * a test cannot move back to an incident's date, and time lookups would stop at the first marker.
   */
  UUID transfer(String from, String to, String asset, long amount, Instant at) {
    UUID id = UUID.randomUUID();
    WalletCommand command =
        new WalletCommand(
            id,
            "client-it",
            "key-" + id,
            "hash-" + id,
            at == null ? Instant.now() : at,
            new TransferRequested(from, to, asset, BigDecimal.valueOf(amount)),
            null);
    String topic = at == null ? Topics.COMMANDS : Topics.SCREENED_COMMANDS;
    send(
        new ProducerRecord<>(
            topic,
            null,
            at == null ? null : at.toEpochMilli(),
            bytes(from),
            commands.serialize(topic, command)));
    return id;
  }

  /** Bytes no serializer wrote: the applier dead-letters them as DECODING_FAILED. */
  void garbage(String key) {
    send(new ProducerRecord<>(Topics.COMMANDS, bytes(key), bytes("{\"not\":\"avro\"}")));
  }

  private UUID event(String key, Object payload) {
    UUID id = UUID.randomUUID();
    send(
        new ProducerRecord<>(
            Topics.EVENTS,
            bytes(key),
            events.serialize(Topics.EVENTS, new WalletEvent(id, "it", Instant.now(), payload))));
    return id;
  }

  private void send(ProducerRecord<byte[], byte[]> record) {
    try {
      producer.send(record).get();
    } catch (Exception e) {
      throw new IllegalStateException("producing " + record.topic() + " failed", e);
    }
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    producer.close();
  }
}
