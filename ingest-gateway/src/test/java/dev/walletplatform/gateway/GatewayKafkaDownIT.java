package dev.walletplatform.gateway;

import static dev.walletplatform.gateway.GatewayHttpsClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletplatform.fixtures.tokens.LocalTokenIssuer;
import dev.walletplatform.gateway.config.GatewayConfiguration;
import dev.walletplatform.infra.FreePorts;
import dev.walletplatform.infra.tls.SelfSignedKeystore;
import dev.walletplatform.testsupport.SchemaRegistryExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway with its broker unreachable (bootstrap to a closed port): every command is answered —
 * 503 KAFKA_UNAVAILABLE with Retry-After, first after max.block.ms, then at once from the open
 * circuit — and the pod stays ready. The client's 20 s timeout is the only clock here.
 */
class GatewayKafkaDownIT {
  @RegisterExtension static final SchemaRegistryExtension REGISTRY = new SchemaRegistryExtension();
  @TempDir static Path dir;

  private static DropwizardAppExtension<GatewayConfiguration> app;
  private static GatewayHttpsClient client;
  private static String token;

  @BeforeAll
  static void startGatewayWithoutBroker() throws Exception {
    SelfSignedKeystore keystore = SelfSignedKeystore.generate(dir);
    LocalTokenIssuer tokens = GatewayTestConfig.issuer(dir);
    token =
        tokens.issue(
            "it-user", GatewayTestConfig.CLIENT_ID, List.of("alice-1"), Duration.ofMinutes(10));
    String closedPort = "127.0.0.1:" + FreePorts.allocate();
    app =
        new DropwizardAppExtension<>(
            GatewayApplication.class,
            GatewayTestConfig.write(dir, closedPort, REGISTRY.uri(), keystore, tokens).toString());
    app.before();
    client = new GatewayHttpsClient(keystore.clientSslContext(), app.getLocalPort());
  }

  @AfterAll
  static void stopGateway() {
    if (app != null) {
      app.after();
    }
  }

  @Test
  void answersServiceUnavailableWithRetryAfterInsteadOfHanging() {
    JsonNode last = null;
    // more than circuitBreaker.minimumCalls (3): the later answers come from the open circuit
    for (int attempt = 0; attempt < 6; attempt++) {
      HttpResponse<String> response =
          client.post(
              token,
              "/v1/transfers",
              "down-key-" + attempt,
              "{\"from_wallet\":\"alice-1\",\"to_wallet\":\"bob-22\",\"asset\":\"BTC\",\"amount\":\"0.015\"}");

      assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
      assertThat(response.headers().firstValue("Retry-After"))
          .get()
          .matches(value -> Long.parseLong(value) >= 1);
      last = json(response);
      assertThat(last.path("code").asText()).isEqualTo("KAFKA_UNAVAILABLE");
    }
    assertThat(last.path("details").path("circuit").asText()).isEqualTo("OPEN");
  }

  @Test
  void staysReadyWhileKafkaIsDown() throws Exception {
    HttpResponse<String> ready =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + app.getAdminPort() + "/ready"))
                    .timeout(Duration.ofSeconds(20))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(ready.statusCode()).isEqualTo(200);
  }

  @Test
  void stillRejectsBadInputAsSuchWhileKafkaIsDown() {
    HttpResponse<String> response =
        client.post(
            token,
            "/v1/transfers",
            "down-bad-key-1",
            "{\"from_wallet\":\"alice-1\",\"to_wallet\":\"alice-1\",\"asset\":\"BTC\",\"amount\":\"1\"}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(json(response).path("code").asText()).isEqualTo("SAME_WALLET");
  }
}
