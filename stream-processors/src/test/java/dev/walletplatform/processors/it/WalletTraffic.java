package dev.walletplatform.processors.it;

import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.command.v1.GiveawayClaimRequested;
import dev.walletplatform.schemas.command.v1.TransferRequested;
import dev.walletplatform.schemas.command.v1.WalletCommand;
import dev.walletplatform.schemas.command.v1.WithdrawalRequested;
import dev.walletplatform.schemas.event.v1.DepositConfirmed;
import dev.walletplatform.schemas.event.v1.GiveawayCampaignOpened;
import dev.walletplatform.schemas.event.v1.WalletEvent;
import dev.walletplatform.schemas.event.v1.WalletOpened;
import dev.walletplatform.schemas.event.v1.WithdrawalSettled;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import dev.walletplatform.schemas.serde.AvroSerializer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Produces commands and events the way the gateway and internal producers do (Avro, key = wallet).
 */
final class WalletTraffic implements AutoCloseable {
  private final KafkaProducer<byte[], byte[]> producer;
  private final AvroSerializer<WalletCommand> commands;
  private final AvroSerializer<WalletEvent> events;
  private final List<Future<RecordMetadata>> pending = new ArrayList<>();

  WalletTraffic(String bootstrapServers, SchemaRegistryClient registry) {
    this.producer =
        new KafkaProducer<>(
            Map.of(
                "bootstrap.servers",
                bootstrapServers,
                "acks",
                "all",
                "enable.idempotence",
                "true",
                "linger.ms",
                "5"),
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

  UUID settle(UUID withdrawal, String wallet, String asset, long amount) {
    return event(
        wallet,
        new WithdrawalSettled(withdrawal, wallet, asset, BigDecimal.valueOf(amount), "tx-out"));
  }

  UUID openCampaign(String campaign, String asset, long perClaim, long budget) {
    Instant now = Instant.now();
    return openCampaign(
        campaign, asset, perClaim, budget, now.minusSeconds(600), now.plusSeconds(3600));
  }

  UUID openCampaign(
      String campaign,
      String asset,
      long perClaim,
      long budget,
      Instant opensAt,
      Instant closesAt) {
    return event(
        campaign,
        new GiveawayCampaignOpened(
            campaign,
            asset,
            BigDecimal.valueOf(perClaim),
            BigDecimal.valueOf(budget),
            opensAt,
            closesAt));
  }

  /** A claim from a device, accepted at a chosen time (screening windows are judged by it). */
  UUID claim(String campaign, String wallet, String deviceId, Instant acceptedAt) {
    return command(wallet, new GiveawayClaimRequested(campaign, wallet), deviceId, acceptedAt);
  }

  UUID transfer(String from, String to, String asset, long amount, Instant acceptedAt) {
    return command(
        from, new TransferRequested(from, to, asset, BigDecimal.valueOf(amount)), null, acceptedAt);
  }

  private UUID command(String key, Object payload, String deviceId, Instant acceptedAt) {
    UUID id = UUID.randomUUID();
    WalletCommand command =
        new WalletCommand(id, "client-1", "key-" + id, "hash-" + id, acceptedAt, payload, deviceId);
    send(
        new ProducerRecord<>(
            Topics.COMMANDS, bytes(key), commands.serialize(Topics.COMMANDS, command)));
    return id;
  }

  UUID transfer(String from, String to, String asset, long amount) {
    return command(from, new TransferRequested(from, to, asset, BigDecimal.valueOf(amount)));
  }

  UUID withdraw(String wallet, String asset, long amount) {
    return command(
        wallet,
        new WithdrawalRequested(wallet, asset, BigDecimal.valueOf(amount), "bc1qdestination0001"));
  }

  UUID claim(String campaign, String wallet) {
    return command(wallet, new GiveawayClaimRequested(campaign, wallet));
  }

  UUID command(String key, Object payload) {
    UUID id = UUID.randomUUID();
    send(commandRecord(key, id, "hash-" + id, payload));
    return id;
  }

  /**
   * A command with a chosen id and request hash: a retry (same hash) or a reused idempotency key
   * (other hash).
   */
  ProducerRecord<byte[], byte[]> commandRecord(
      String key, UUID id, String requestHash, Object payload) {
    WalletCommand command =
        new WalletCommand(id, "client-1", "key-" + id, requestHash, Instant.now(), payload, null);
    return new ProducerRecord<>(
        Topics.COMMANDS, bytes(key), commands.serialize(Topics.COMMANDS, command));
  }

  private UUID event(String key, Object payload) {
    UUID id = UUID.randomUUID();
    WalletEvent event = new WalletEvent(id, "it", Instant.now(), payload);
    send(new ProducerRecord<>(Topics.EVENTS, bytes(key), events.serialize(Topics.EVENTS, event)));
    return id;
  }

  void send(ProducerRecord<byte[], byte[]> record) {
    pending.add(producer.send(record));
  }

  /** Waits until every record sent so far is acknowledged. */
  void flush() throws Exception {
    producer.flush();
    for (Future<RecordMetadata> send : pending) {
      send.get();
    }
    pending.clear();
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    producer.close();
  }
}
