package dev.walletplatform.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.walletplatform.domain.id.CommandIds;
import dev.walletplatform.domain.id.DeviceId;
import dev.walletplatform.domain.id.IdempotencyKey;
import dev.walletplatform.gateway.RecordingPublisher;
import dev.walletplatform.gateway.command.TransferCommand;
import dev.walletplatform.gateway.config.RateLimitSettings;
import dev.walletplatform.gateway.error.GatewayErrorCode;
import dev.walletplatform.gateway.error.UnavailableException;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.Response;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a client sees when its command is accepted, retried, reused or cannot reach Kafka. */
@ExtendWith(DropwizardExtensionsSupport.class)
class CommandAcceptanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WITHDRAWAL =
      "{\"wallet\":\"alice-1\",\"asset\":\"ETH\",\"amount\":\"1.25\",\"destination\":\"0x52908400098527886E\"}";

  private final RecordingPublisher publisher = new RecordingPublisher();
  private final ResourceExtension resources = GatewayResources.with(publisher);

  @Test
  void acceptsTransferWithItsDerivedCommandId() throws Exception {
    JsonNode accepted =
        accepted(send(transfer("transfer-0001", RequestValidationTest.validTransfer())));

    String expectedId =
        CommandIds.derive(GatewayResources.CLIENT_ID, IdempotencyKey.parse("transfer-0001"))
            .toString();
    assertThat(accepted.path("command_id").asText()).isEqualTo(expectedId);
    assertThat(accepted.path("status").asText()).isEqualTo("accepted");
    assertThat(accepted.path("status_url").asText()).isEqualTo("/v1/commands/" + expectedId);
    TransferCommand published = (TransferCommand) publisher.published().getFirst().command();
    assertThat(published.amount().minorUnits()).isEqualTo(BigInteger.valueOf(1_500_000));
    assertThat(published.partitionWallet().value()).isEqualTo("alice-1");
    assertThat(publisher.published().getFirst().clientId()).isEqualTo(GatewayResources.CLIENT_ID);
  }

  @Test
  void answersARetryWithTheSameCommandIdWithoutPublishingAgain() throws Exception {
    String first =
        accepted(send(transfer("retry-key-1", RequestValidationTest.validTransfer())))
            .path("command_id")
            .asText();
    String equivalent =
        "{\"amount\":\"0.0150\",\"asset\":\"BTC\",\"to_wallet\":\"bob-22\",\"from_wallet\":\"alice-1\"}";
    String second = accepted(send(transfer("retry-key-1", equivalent))).path("command_id").asText();

    assertThat(second).isEqualTo(first);
    assertThat(publisher.published()).hasSize(1);
  }

  @Test
  void rejectsTheSameKeyWithAnotherBodyAsConflict() throws Exception {
    accepted(send(transfer("reused-key-1", RequestValidationTest.validTransfer())));
    String otherAmount = RequestValidationTest.validTransfer().replace("0.015", "0.016");

    try (Response response = send(transfer("reused-key-1", otherAmount))) {
      assertThat(response.getStatus()).isEqualTo(409);
      assertThat(JSON.readTree(response.readEntity(String.class)).path("code").asText())
          .isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }
    assertThat(publisher.published()).hasSize(1);
  }

  @Test
  void acceptsEachEndpoint() throws Exception {
    accepted(send(TestRequest.post("/v1/withdrawals", WITHDRAWAL)));
    accepted(
        send(TestRequest.post("/v1/giveaways/spring-drop/claims", "{\"wallet\":\"alice-1\"}")));

    assertThat(publisher.published()).hasSize(2);
  }

  @Test
  void answersServiceUnavailableWithRetryAfterWhenKafkaFails() throws Exception {
    publisher.onPublish(
        envelope -> {
          throw new UnavailableException(
              GatewayErrorCode.KAFKA_UNAVAILABLE,
              "no ack",
              Duration.ofSeconds(5),
              Map.of(),
              new RuntimeException("down"));
        });

    try (Response response =
        send(transfer("kafka-down-1", RequestValidationTest.validTransfer()))) {
      assertThat(response.getStatus()).isEqualTo(503);
      assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
      JsonNode error = JSON.readTree(response.readEntity(String.class));
      assertThat(error.path("code").asText()).isEqualTo("KAFKA_UNAVAILABLE");
      assertThat(error.path("details").path("retry_after_seconds").asLong()).isEqualTo(5);
    }
  }

  @Test
  void servesTheOpenApiDocumentWithoutAuthentication() {
    try (Response response = resources.target("/openapi.yaml").request().get()) {
      assertThat(response.getStatus()).isEqualTo(200);
      assertThat(response.readEntity(String.class))
          .startsWith("openapi: 3.1.0")
          .contains("/v1/transfers");
    }
  }

  @Test
  void recordsTheDeviceIdButKeepsItOutOfTheRequestIdentity() throws Exception {
    String claim = "{\"wallet\":\"alice-1\"}";
    String first =
        accepted(
                send(
                    TestRequest.post("/v1/giveaways/spring-drop/claims", claim)
                        .header("Idempotency-Key", "claim-dev-1")
                        .header("X-Device-Id", "ios-3f9a2c")))
            .path("command_id")
            .asText();
    String retryFromAnotherDevice =
        accepted(
                send(
                    TestRequest.post("/v1/giveaways/spring-drop/claims", claim)
                        .header("Idempotency-Key", "claim-dev-1")
                        .header("X-Device-Id", "android-77")))
            .path("command_id")
            .asText();
    accepted(send(transfer("no-device-1", RequestValidationTest.validTransfer())));

    assertThat(retryFromAnotherDevice).as("same key and body: the same command").isEqualTo(first);
    assertThat(publisher.published()).hasSize(2);
    assertThat(publisher.published().get(0).device()).contains(new DeviceId("ios-3f9a2c"));
    assertThat(publisher.published().get(1).device()).as("no X-Device-Id header").isEmpty();
  }

  @Test
  void refusesAClientOverItsRateBeforeReadingTheBody() throws Throwable {
    RecordingPublisher limited = new RecordingPublisher();
    ResourceExtension slow =
        GatewayResources.with(
            limited,
            RateLimitSettings.fromYaml(
                new RateLimitSettings.Bucket(0.01, 2),
                new RateLimitSettings.Bucket(10_000, 10_000),
                null));
    slow.before();
    try {
      accepted(TestRequest.post("/v1/withdrawals", WITHDRAWAL).send(slow));
      accepted(
          TestRequest.post("/v1/giveaways/spring-drop/claims", "{\"wallet\":\"alice-1\"}")
              .send(slow));
      // not even JSON: the rate is checked before the body is read
      try (Response response = TestRequest.post("/v1/transfers", "not json").send(slow)) {
        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(response.getHeaderString("Retry-After"))).isBetween(1L, 100L);
        JsonNode error = JSON.readTree(response.readEntity(String.class));
        assertThat(error.path("code").asText()).isEqualTo("RATE_LIMITED");
        assertThat(error.path("details").path("limit").asText()).isEqualTo("caller");
      }
      assertThat(limited.published()).hasSize(2);
    } finally {
      slow.after();
    }
  }

  @Test
  void challengesUnauthenticatedClientsWithBearer() {
    try (Response response =
        send(
            transfer("no-token-1", RequestValidationTest.validTransfer())
                .without("Authorization"))) {
      assertThat(response.getStatus()).isEqualTo(401);
      assertThat(response.getHeaderString("WWW-Authenticate")).startsWith("Bearer");
    }
  }

  private Response send(TestRequest request) {
    return request.send(resources);
  }

  private static TestRequest transfer(String key, String body) {
    return TestRequest.post("/v1/transfers", body).header("Idempotency-Key", key);
  }

  private static JsonNode accepted(Response response) throws Exception {
    try (response) {
      String body = response.readEntity(String.class);
      assertThat(response.getStatus()).as(body).isEqualTo(202);
      return JSON.readTree(body);
    }
  }
}
