package dev.walletplatform.faults.workload;

import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.clients.ClientSettings;
import dev.walletplatform.schemas.event.v1.DepositConfirmed;
import dev.walletplatform.schemas.event.v1.WalletEvent;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import dev.walletplatform.schemas.serde.AvroSerializer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The chain watcher: publishes DepositConfirmed events straight to Kafka (acks=all, idempotent) at
 * a steady pace and records each with whether the brokers acknowledged it.
 */
final class DepositFeed implements Runnable, AutoCloseable {
  private final KafkaProducer<String, WalletEvent> producer;
  private final List<String> wallets;
  private final History history;
  private final Duration pause;
  private final BooleanSupplier running;
  private final Random random;

  DepositFeed(
      String bootstrapServers,
      SchemaRegistryClient registry,
      List<String> wallets,
      History history,
      Duration pause,
      BooleanSupplier running,
      long seed) {
    Map<String, Object> settings = ClientSettings.durableProducer(bootstrapServers);
    settings.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    // long enough to ride out a broker restart; an event that still fails is recorded
    // unacknowledged
    settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
    this.producer =
        new KafkaProducer<>(settings, new StringSerializer(), new AvroSerializer<>(registry));
    this.wallets = wallets;
    this.history = history;
    this.pause = pause;
    this.running = running;
    this.random = new Random(seed);
  }

  @Override
  public void run() {
    while (running.getAsBoolean()) {
      String wallet = wallets.get(random.nextInt(wallets.size()));
      boolean bitcoin = random.nextBoolean();
      deposit(
          wallet,
          bitcoin ? "BTC" : "USDC",
          BigInteger.valueOf(1 + random.nextInt(bitcoin ? 100_000 : 1_000_000)));
      try {
        Thread.sleep(pause.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Publishes one deposit; its record lands in the history when the brokers answer. */
  void deposit(String wallet, String asset, BigInteger amount) {
    UUID id = UUID.randomUUID();
    String phase = history.phase();
    WalletEvent event =
        new WalletEvent(
            id,
            "fault-run-chain-watcher",
            Instant.now(),
            new DepositConfirmed(wallet, asset, new BigDecimal(amount), "0x" + id + ":0"));
    // the callback records the outcome; the future adds nothing to it
    var unused =
        producer.send(
            new ProducerRecord<>(Topics.EVENTS, wallet, event),
            (metadata, error) ->
                history.record(
                    new PublishedDeposit(id, wallet, asset, amount, phase, error == null)));
  }

  /** Waits for every answer, so the history holds every deposit before the checker runs. */
  @Override
  public void close() {
    producer.flush();
    producer.close(Duration.ofSeconds(90));
  }
}
