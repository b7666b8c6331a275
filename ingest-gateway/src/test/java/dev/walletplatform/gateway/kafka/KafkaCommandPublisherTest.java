package dev.walletplatform.gateway.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletplatform.domain.id.CommandIds;
import dev.walletplatform.domain.id.DeviceId;
import dev.walletplatform.domain.id.IdempotencyKey;
import dev.walletplatform.domain.money.AssetCatalog;
import dev.walletplatform.gateway.command.CommandEnvelope;
import dev.walletplatform.gateway.command.CommandValidator;
import dev.walletplatform.gateway.command.GatewayCommand;
import dev.walletplatform.gateway.config.CircuitBreakerSettings;
import dev.walletplatform.gateway.error.GatewayErrorCode;
import dev.walletplatform.gateway.error.UnavailableException;
import dev.walletplatform.gateway.idempotency.RequestHash;
import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.command.v1.TransferRequested;
import dev.walletplatform.schemas.command.v1.WalletCommand;
import dev.walletplatform.schemas.registry.InMemorySchemaRegistryClient;
import dev.walletplatform.schemas.serde.AvroDeserializer;
import dev.walletplatform.schemas.serde.AvroSerializer;
import io.dropwizard.util.Duration;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The publisher's guards against Kafka trouble, over Kafka's own MockProducer (no broker). */
class KafkaCommandPublisherTest {
  private static final CircuitBreakerSettings TWO_STRIKES =
      new CircuitBreakerSettings(50, 2, 2, Duration.seconds(7));

  private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
  private final CommandValidator validator = new CommandValidator(AssetCatalog.defaults());

  @Test
  void carriesTheDeviceIdTheClientNamedForScreening() {
    MockProducer<String, WalletCommand> producer = producer(true);
    publisher(producer, 5_000, 10)
        .publish(
            envelope(
                validator.giveawayClaim("spring-drop", "alice-1"),
                Optional.of(new DeviceId("ios-3f9a2c"))));

    WalletCommand decoded = roundTrip(producer.history().getFirst().value());
    assertThat(decoded.getDeviceId()).isEqualTo("ios-3f9a2c");
  }

  @Test
  void producesTheCommandKeyedByTheDebitedWalletWithAmountInMinorUnits() {
    MockProducer<String, WalletCommand> producer = producer(true);
    CommandEnvelope envelope = envelope(validator.transfer("alice-1", "bob-22", "BTC", "0.015"));

    publisher(producer, 5_000, 10).publish(envelope);

    ProducerRecord<String, WalletCommand> record = producer.history().getFirst();
    assertThat(record.topic()).isEqualTo(Topics.COMMANDS);
    assertThat(record.key()).isEqualTo("alice-1");
    WalletCommand decoded = roundTrip(record.value());
    assertThat(decoded.getCommandId()).isEqualTo(envelope.commandId());
    assertThat(decoded.getClientId()).isEqualTo("client-1");
    assertThat(decoded.getIdempotencyKey()).isEqualTo("key-000001");
    assertThat(decoded.getRequestHash()).isEqualTo(envelope.requestHash());
    TransferRequested payload = (TransferRequested) decoded.getPayload();
    assertThat(payload.getAmount()).isEqualTo(new BigDecimal("1500000"));
    assertThat(payload.getAsset()).isEqualTo("BTC");
    assertThat(payload.getToWallet()).isEqualTo("bob-22");
    assertThat(decoded.getDeviceId()).as("no X-Device-Id sent").isNull();
  }

  @Test
  void keysAClaimByTheWalletClaimedInto() {
    MockProducer<String, WalletCommand> producer = producer(true);

    publisher(producer, 5_000, 10)
        .publish(envelope(validator.giveawayClaim("spring-drop", "carol-3")));

    assertThat(producer.history().getFirst().key()).isEqualTo("carol-3");
  }

  @Test
  void answersKafkaUnavailableWhenTheAckDoesNotComeInTime() {
    KafkaCommandPublisher publisher = publisher(producer(false), 20, 10);

    assertThatThrownBy(() -> publisher.publish(transfer()))
        .isInstanceOfSatisfying(
            UnavailableException.class,
            e -> {
              assertThat(e.code()).isEqualTo(GatewayErrorCode.KAFKA_UNAVAILABLE);
              assertThat(e.retryAfterSeconds()).hasValue(7L);
            });
  }

  @Test
  void answersKafkaUnavailableWhenTheProducerRefusesTheRecord() {
    MockProducer<String, WalletCommand> producer = producer(true);
    producer.sendException = new KafkaException("buffer exhausted for max.block.ms");

    assertThatThrownBy(() -> publisher(producer, 5_000, 10).publish(transfer()))
        .isInstanceOfSatisfying(
            UnavailableException.class,
            e -> assertThat(e.code()).isEqualTo(GatewayErrorCode.KAFKA_UNAVAILABLE));
  }

  @Test
  void stopsTryingKafkaOnceTheCircuitOpens() {
    MockProducer<String, WalletCommand> producer = producer(false);
    KafkaCommandPublisher publisher = publisher(producer, 20, 10);
    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> publisher.publish(transfer()))
          .isInstanceOf(UnavailableException.class);
    }
    assertThat(publisher.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);

    assertThatThrownBy(() -> publisher.publish(transfer()))
        .isInstanceOfSatisfying(
            UnavailableException.class,
            e -> {
              assertThat(e.code()).isEqualTo(GatewayErrorCode.KAFKA_UNAVAILABLE);
              assertThat(e.details()).containsEntry("circuit", "OPEN");
            });
    assertThat(producer.history()).hasSize(2);
  }

  @Test
  void refusesBeyondTheInFlightLimitAsOverloaded() throws Exception {
    MockProducer<String, WalletCommand> producer = producer(false);
    KafkaCommandPublisher publisher = publisher(producer, 30_000, 1);
    CompletableFuture<Void> waiting =
        CompletableFuture.runAsync(() -> publisher.publish(transfer()));
    while (producer.history().isEmpty()) {
      Thread.onSpinWait();
    }

    assertThatThrownBy(() -> publisher.publish(transfer()))
        .isInstanceOfSatisfying(
            UnavailableException.class,
            e -> {
              assertThat(e.code()).isEqualTo(GatewayErrorCode.OVERLOADED);
              assertThat(e.retryAfterSeconds()).hasValue(1L);
            });

    producer.completeNext();
    waiting.get(10, TimeUnit.SECONDS);
    assertThat(producer.history()).hasSize(1);
  }

  @Test
  void closesTheProducerOnStop() {
    MockProducer<String, WalletCommand> producer = producer(true);

    publisher(producer, 1_000, 1).stop();

    assertThat(producer.closed()).isTrue();
  }

  private MockProducer<String, WalletCommand> producer(boolean autoComplete) {
    return new MockProducer<>(
        autoComplete, null, new StringSerializer(), new AvroSerializer<>(registry));
  }

  private KafkaCommandPublisher publisher(
      MockProducer<String, WalletCommand> producer, long ackTimeoutMs, int maxInFlight) {
    return new KafkaCommandPublisher(
        producer,
        registry,
        CircuitBreaker.of("test", KafkaCommandPublishers.breakerConfig(TWO_STRIKES)),
        java.time.Duration.ofMillis(ackTimeoutMs),
        TWO_STRIKES.openDuration().toJavaDuration(),
        maxInFlight);
  }

  private CommandEnvelope transfer() {
    return envelope(validator.transfer("alice-1", "bob-22", "BTC", "0.015"));
  }

  private static CommandEnvelope envelope(GatewayCommand command) {
    return envelope(command, Optional.empty());
  }

  private static CommandEnvelope envelope(GatewayCommand command, Optional<DeviceId> device) {
    IdempotencyKey key = IdempotencyKey.parse("key-000001");
    return new CommandEnvelope(
        CommandIds.derive("client-1", key),
        "client-1",
        device,
        key,
        RequestHash.of(command),
        Instant.parse("2026-03-01T12:00:00Z"),
        command);
  }

  private WalletCommand roundTrip(WalletCommand value) {
    byte[] bytes = new AvroSerializer<WalletCommand>(registry).serialize(Topics.COMMANDS, value);
    return new AvroDeserializer<>(registry, WalletCommand.class)
        .deserialize(Topics.COMMANDS, bytes);
  }
}
