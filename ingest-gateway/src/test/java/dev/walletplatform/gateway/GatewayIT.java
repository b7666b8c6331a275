package dev.walletplatform.gateway;

import static dev.walletplatform.gateway.GatewayHttpsClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletplatform.domain.id.CommandIds;
import dev.walletplatform.domain.id.IdempotencyKey;
import dev.walletplatform.fixtures.tokens.LocalTokenIssuer;
import dev.walletplatform.gateway.config.GatewayConfiguration;
import dev.walletplatform.infra.kafka.KafkaCluster;
import dev.walletplatform.infra.kafka.TopicSpec;
import dev.walletplatform.infra.tls.SelfSignedKeystore;
import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.command.v1.GiveawayClaimRequested;
import dev.walletplatform.schemas.command.v1.TransferRequested;
import dev.walletplatform.schemas.command.v1.WalletCommand;
import dev.walletplatform.schemas.command.v1.WithdrawalRequested;
import dev.walletplatform.schemas.registry.HttpSchemaRegistryClient;
import dev.walletplatform.testsupport.SchemaRegistryExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The gateway over real HTTPS against a real KRaft broker and schema registry. */
class GatewayIT {
  @RegisterExtension static final SchemaRegistryExtension REGISTRY = new SchemaRegistryExtension();
  @TempDir static Path dir;

  private static DropwizardAppExtension<GatewayConfiguration> app;
  private static GatewayHttpsClient client;
  private static CommandsTopicReader topic;
  private static LocalTokenIssuer tokens;

  private String wallet;

  /** A token of the test client owning this test's wallet. */
  private String token;

  @BeforeAll
  static void startGateway() throws Exception {
    KafkaCluster kafka = REGISTRY.cluster();
    kafka.createTopics(List.of(TopicSpec.of(Topics.COMMANDS, 3, 1)));
    SelfSignedKeystore keystore = SelfSignedKeystore.generate(dir);
    tokens = GatewayTestConfig.issuer(dir);
    app =
        new DropwizardAppExtension<>(
            GatewayApplication.class,
            GatewayTestConfig.write(dir, kafka.bootstrapServers(), REGISTRY.uri(), keystore, tokens)
                .toString());
    app.before();
    client = new GatewayHttpsClient(keystore.clientSslContext(), app.getLocalPort());
    topic =
        new CommandsTopicReader(
            kafka.bootstrapServers(),
            new HttpSchemaRegistryClient(REGISTRY.uri(), Duration.ofSeconds(10)));
  }

  @AfterAll
  static void stopGateway() {
    if (topic != null) {
      topic.close();
    }
    if (app != null) {
      app.after();
    }
  }

  @BeforeEach
  void pickAWalletOfItsOwn(TestInfo test) {
    // one wallet per test: its records are the test's own, in one partition
    wallet =
        "w-"
            + Integer.toHexString(test.getDisplayName().hashCode())
            + "-"
            + Long.toHexString(System.nanoTime());
    token =
        tokens.issue(
            "it-user", GatewayTestConfig.CLIENT_ID, List.of(wallet), Duration.ofMinutes(10));
  }

  @Test
  void producesAnAcceptedTransferKeyedBySourceWalletWithAmountInMinorUnits() {
    HttpResponse<String> response =
        client.post(token, "/v1/transfers", "key-" + wallet, transfer(wallet, "0.015"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    UUID commandId = UUID.fromString(json(response).path("command_id").asText());
    assertThat(commandId)
        .isEqualTo(
            CommandIds.derive(GatewayTestConfig.CLIENT_ID, IdempotencyKey.parse("key-" + wallet)));
    assertThat(json(response).path("status_url").asText()).isEqualTo("/v1/commands/" + commandId);

    ConsumerRecord<String, WalletCommand> record = single(topic.readUntil(wallet, commandId));
    assertThat(record.key()).isEqualTo(wallet);
    WalletCommand command = record.value();
    assertThat(command.getClientId()).isEqualTo(GatewayTestConfig.CLIENT_ID);
    assertThat(command.getIdempotencyKey()).isEqualTo("key-" + wallet);
    assertThat(command.getRequestHash()).matches("[0-9a-f]{64}");
    TransferRequested payload = (TransferRequested) command.getPayload();
    assertThat(payload.getFromWallet()).isEqualTo(wallet);
    assertThat(payload.getToWallet()).isEqualTo("bob-savings");
    assertThat(payload.getAsset()).isEqualTo("BTC");
    assertThat(payload.getAmount()).isEqualTo(new BigDecimal("1500000"));
  }

  @Test
  void producesAWithdrawalKeyedByItsWallet() {
    String body =
        "{\"wallet\":\""
            + wallet
            + "\",\"asset\":\"ETH\",\"amount\":\"1.25\","
            + "\"destination\":\"0x52908400098527886E0F7030069857D2E4169EE7\"}";
    UUID commandId = accepted(client.post(token, "/v1/withdrawals", "key-" + wallet, body));

    WithdrawalRequested payload =
        (WithdrawalRequested) single(topic.readUntil(wallet, commandId)).value().getPayload();
    assertThat(payload.getAmount()).isEqualTo(new BigDecimal("1250000000000000000"));
    assertThat(payload.getDestination()).isEqualTo("0x52908400098527886E0F7030069857D2E4169EE7");
  }

  @Test
  void producesAGiveawayClaimKeyedByTheWalletClaimedInto() {
    UUID commandId =
        accepted(
            client.post(
                token,
                "/v1/giveaways/spring-drop/claims",
                "key-" + wallet,
                "{\"wallet\":\"" + wallet + "\"}"));

    ConsumerRecord<String, WalletCommand> record = single(topic.readUntil(wallet, commandId));
    GiveawayClaimRequested payload = (GiveawayClaimRequested) record.value().getPayload();
    assertThat(payload.getCampaignId()).isEqualTo("spring-drop");
    assertThat(payload.getWallet()).isEqualTo(wallet);
  }

  @Test
  void answersARetryWithTheSameCommandIdAndProducesNoSecondRecord() {
    UUID first =
        accepted(client.post(token, "/v1/transfers", "key-" + wallet, transfer(wallet, "0.015")));
    UUID retried =
        accepted(client.post(token, "/v1/transfers", "key-" + wallet, transfer(wallet, "0.015")));
    UUID marker =
        accepted(
            client.post(token, "/v1/transfers", "marker-" + wallet, transfer(wallet, "0.001")));

    assertThat(retried).isEqualTo(first);
    assertThat(topic.readUntil(wallet, marker))
        .extracting(record -> record.value().getCommandId())
        .containsExactly(first, marker);
  }

  @Test
  void refusesTheSameKeyWithAnotherBodyAndProducesNothingForIt() {
    UUID first =
        accepted(client.post(token, "/v1/transfers", "key-" + wallet, transfer(wallet, "0.015")));

    HttpResponse<String> conflict =
        client.post(token, "/v1/transfers", "key-" + wallet, transfer(wallet, "0.016"));

    assertThat(conflict.statusCode()).isEqualTo(409);
    assertThat(json(conflict).path("code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    UUID marker =
        accepted(
            client.post(token, "/v1/transfers", "marker-" + wallet, transfer(wallet, "0.001")));
    assertThat(topic.readUntil(wallet, marker))
        .extracting(record -> record.value().getCommandId())
        .containsExactly(first, marker);
  }

  @Test
  void producesNothingForABadRequest() {
    HttpResponse<String> bad =
        client.post(token, "/v1/transfers", "key-" + wallet, transfer(wallet, "0.000000001"));
    HttpResponse<String> numeric =
        client.post(
            token,
            "/v1/transfers",
            "key2-" + wallet,
            transfer(wallet, "x").replace("\"x\"", "0.5"));

    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(json(bad).path("code").asText()).isEqualTo("AMOUNT_TOO_PRECISE");
    assertThat(json(bad).path("details").path("field").asText()).isEqualTo("amount");
    assertThat(numeric.statusCode()).isEqualTo(400);
    assertThat(json(numeric).path("code").asText()).isEqualTo("WRONG_TYPE");
    UUID marker =
        accepted(
            client.post(token, "/v1/transfers", "marker-" + wallet, transfer(wallet, "0.001")));
    assertThat(topic.readUntil(wallet, marker))
        .extracting(record -> record.value().getCommandId())
        .containsExactly(marker);
  }

  @Test
  void refusesABodyWithoutContentType() {
    HttpResponse<String> response =
        client.send(
            authorized("/v1/transfers")
                .POST(HttpRequest.BodyPublishers.ofString(transfer(wallet, "1")))
                .build());

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(json(response).path("code").asText()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
  }

  @Test
  void refusesAChunkedBodyOverTheLimitWhileReadingIt() {
    byte[] huge = ("{\"pad\":\"" + "x".repeat(64 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> response =
        client.send(
            authorized("/v1/transfers")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                .build());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(json(response).path("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
    assertThat(json(response).path("details").path("max_body_bytes").asLong()).isEqualTo(16 * 1024);
  }

  @Test
  void answersJettyLevelRefusalsInTheSameErrorShape() {
    HttpResponse<String> response =
        client.send(
            authorized("/v1/transfers")
                .method("TRACE", HttpRequest.BodyPublishers.noBody())
                .build());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(json(response).path("code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
  }

  @Test
  void answersHeadersTooLargeForJettyInTheSameErrorShape() {
    HttpResponse<String> response =
        client.send(
            authorized("/v1/transfers").header("X-Padding", "p".repeat(32 * 1024)).GET().build());

    assertThat(response.statusCode()).isEqualTo(431);
    assertThat(json(response).path("code").asText()).isEqualTo("BAD_REQUEST");
    assertThat(json(response).path("details").path("status").asInt()).isEqualTo(431);
  }

  @Test
  void answersUnknownPathsWithNotFoundForAuthenticatedClients() {
    HttpResponse<String> response = client.send(authorized("/v1/nothing-here").GET().build());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).path("code").asText()).isEqualTo("NOT_FOUND");
  }

  @Test
  void servesItsOpenApiDocumentWithoutAuthentication() {
    HttpResponse<String> response = client.send(client.request("/openapi.yaml").GET().build());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("openapi: 3.1.0");
  }

  @Test
  void reportsLiveAndReadyOnTheAdminPort() throws Exception {
    HttpClient admin = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    for (String probe : List.of("/live", "/ready")) {
      HttpResponse<String> response =
          admin.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.getAdminPort() + probe))
                  .timeout(Duration.ofSeconds(20))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(probe + ": " + response.body()).isEqualTo(200);
    }
  }

  @Test
  void tellsItsHostTheBoundPorts() {
    GatewayApplication gateway = (GatewayApplication) app.getApplication();

    assertThat(gateway.ports().application()).isEqualTo(app.getLocalPort()).isPositive();
    assertThat(gateway.ports().admin()).isEqualTo(app.getAdminPort());
  }

  private HttpRequest.Builder authorized(String path) {
    return client
        .request(path)
        .header("Authorization", "Bearer " + token)
        .header("Idempotency-Key", "key-" + UUID.randomUUID());
  }

  private static String transfer(String from, String amount) {
    return "{\"from_wallet\":\""
        + from
        + "\",\"to_wallet\":\"bob-savings\",\"asset\":\"BTC\",\"amount\":\""
        + amount
        + "\"}";
  }

  private static UUID accepted(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    JsonNode body = json(response);
    assertThat(body.path("status").asText()).isEqualTo("accepted");
    return UUID.fromString(body.path("command_id").asText());
  }

  private static <T> T single(List<T> records) {
    assertThat(records).hasSize(1);
    return records.getFirst();
  }
}
