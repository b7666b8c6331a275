package dev.walletplatform.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletplatform.domain.error.ErrorCode;
import dev.walletplatform.domain.error.InvalidInputException;
import dev.walletplatform.domain.id.CommandIds;
import dev.walletplatform.domain.id.IdempotencyKey;
import dev.walletplatform.domain.money.AssetCatalog;
import dev.walletplatform.gateway.RecordingPublisher;
import dev.walletplatform.gateway.command.CommandEnvelope;
import dev.walletplatform.gateway.command.CommandValidator;
import dev.walletplatform.gateway.command.GatewayCommand;
import dev.walletplatform.gateway.error.GatewayErrorCode;
import dev.walletplatform.gateway.error.UnavailableException;
import dev.walletplatform.gateway.idempotency.IdempotencyCache;
import dev.walletplatform.gateway.idempotency.RequestHash;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CommandIntakeTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final IdempotencyKey KEY = IdempotencyKey.parse("key-000001");

  private final RecordingPublisher publisher = new RecordingPublisher();
  private final CommandIntake intake =
      new CommandIntake(
          new IdempotencyCache(100, Duration.ofMinutes(5)),
          publisher,
          Clock.fixed(NOW, ZoneOffset.UTC));
  private final CommandValidator validator = new CommandValidator(AssetCatalog.defaults());

  @Test
  void publishesTheCommandWithItsIdentity() {
    GatewayCommand transfer = transfer("0.015");

    UUID id = intake.submit("client-1", KEY, transfer);

    CommandEnvelope envelope = publisher.published().getFirst();
    assertThat(id).isEqualTo(CommandIds.derive("client-1", KEY)).isEqualTo(envelope.commandId());
    assertThat(envelope.clientId()).isEqualTo("client-1");
    assertThat(envelope.idempotencyKey()).isEqualTo(KEY);
    assertThat(envelope.requestHash()).isEqualTo(RequestHash.of(transfer));
    assertThat(envelope.acceptedAt()).isEqualTo(NOW);
    assertThat(envelope.command()).isEqualTo(transfer);
  }

  @Test
  void answersARetryFromTheCacheWithoutPublishingAgain() {
    UUID first = intake.submit("client-1", KEY, transfer("0.015"));
    UUID second = intake.submit("client-1", KEY, transfer("0.0150"));

    assertThat(second).isEqualTo(first);
    assertThat(publisher.published()).hasSize(1);
  }

  @Test
  void refusesTheSameKeyWithAnotherRequest() {
    intake.submit("client-1", KEY, transfer("0.015"));

    assertThatThrownBy(() -> intake.submit("client-1", KEY, transfer("0.016")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED))
        .hasMessageContaining(CommandIds.derive("client-1", KEY).toString());
    assertThat(publisher.published()).hasSize(1);
  }

  @Test
  void refusesTheSameKeyOnAnotherEndpoint() {
    intake.submit("client-1", KEY, transfer("0.015"));

    assertThatThrownBy(
            () -> intake.submit("client-1", KEY, validator.giveawayClaim("spring-drop", "alice-1")))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void treatsTheSameKeyOfAnotherClientAsAnotherCommand() {
    UUID mine = intake.submit("client-1", KEY, transfer("0.015"));
    UUID theirs = intake.submit("client-2", KEY, transfer("0.016"));

    assertThat(theirs).isNotEqualTo(mine);
    assertThat(publisher.published()).hasSize(2);
  }

  @Test
  void remembersNothingWhenPublishingFails() {
    publisher.onPublish(
        envelope -> {
          throw new UnavailableException(
              GatewayErrorCode.KAFKA_UNAVAILABLE, "down", Duration.ofSeconds(1), Map.of(), null);
        });
    assertThatThrownBy(() -> intake.submit("client-1", KEY, transfer("0.015")))
        .isInstanceOf(UnavailableException.class);

    publisher.onPublish(envelope -> {});
    UUID retried = intake.submit("client-1", KEY, transfer("0.015"));

    assertThat(retried).isEqualTo(CommandIds.derive("client-1", KEY));
    assertThat(publisher.published()).hasSize(1);
  }

  private GatewayCommand transfer(String amount) {
    return validator.transfer("alice-1", "bob-22", "BTC", amount);
  }
}
