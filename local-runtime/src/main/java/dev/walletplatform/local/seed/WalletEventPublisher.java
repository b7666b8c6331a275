package dev.walletplatform.local.seed;

import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.event.v1.DepositConfirmed;
import dev.walletplatform.schemas.event.v1.GiveawayCampaignOpened;
import dev.walletplatform.schemas.event.v1.WalletEvent;
import dev.walletplatform.schemas.event.v1.WalletOpened;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import dev.walletplatform.schemas.serde.AvroSerializer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes internal events the way the chain watcher and marketing tools do: Avro in the Confluent
 * wire format, acks=all, keyed by wallet (campaign) id, each with a fresh event id.
 */
public final class WalletEventPublisher implements AutoCloseable {
  private final String source;
  private final java.util.Queue<Exception> failures =
      new java.util.concurrent.ConcurrentLinkedQueue<>();
  private final KafkaProducer<String, WalletEvent> producer;

  public WalletEventPublisher(
      String bootstrapServers, SchemaRegistryClient registry, String source) {
    this.source = source;
    this.producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.LINGER_MS_CONFIG,
                5),
            new StringSerializer(),
            new AvroSerializer<>(registry));
  }

  /**
   * Each method returns the event id, which the ledger records once applied; {@link #flush()} waits
   * for the acks.
   */
  public UUID openWallet(String wallet, String owner) {
    return publish(wallet, new WalletOpened(wallet, owner));
  }

  public UUID deposit(String wallet, String asset, BigInteger minorUnits) {
    return publish(
        wallet,
        new DepositConfirmed(
            wallet, asset, new BigDecimal(minorUnits), "0x" + UUID.randomUUID() + ":0"));
  }

  public UUID openCampaign(
      String campaign,
      String asset,
      BigInteger perClaim,
      BigInteger budget,
      Instant opens,
      Instant closes) {
    return publish(
        campaign,
        new GiveawayCampaignOpened(
            campaign, asset, new BigDecimal(perClaim), new BigDecimal(budget), opens, closes));
  }

  /** Blocks until every event published so far is acknowledged by the broker. */
  public void flush() {
    producer.flush();
    if (!failures.isEmpty()) {
      throw new IllegalStateException(
          failures.size() + " events were not acknowledged, first: " + failures.peek(),
          failures.peek());
    }
  }

  private UUID publish(String key, Object payload) {
    UUID id = UUID.randomUUID();
    WalletEvent event = new WalletEvent(id, source, Instant.now(), payload);
    // the callback collects failures; the future adds nothing to it
    var unused =
        producer.send(
            new ProducerRecord<>(Topics.EVENTS, key, event),
            (metadata, error) -> {
              if (error != null) {
                failures.add(error);
              }
            });
    return id;
  }

  @Override
  public void close() {
    producer.close();
  }
}
