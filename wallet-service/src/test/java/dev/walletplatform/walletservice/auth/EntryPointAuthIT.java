package dev.walletplatform.walletservice.auth;

import static dev.walletplatform.walletservice.RunningWalletService.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletplatform.fixtures.tokens.ForgedTokens;
import dev.walletplatform.fixtures.tokens.ForgedTokens.Flaw;
import dev.walletplatform.kit.http.StrictTransportSecurity;
import dev.walletplatform.testsupport.PostgresExtension;
import dev.walletplatform.testsupport.TestDatabase;
import dev.walletplatform.walletservice.RunningWalletService;
import dev.walletplatform.walletservice.db.LedgerFixtures;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every entry point — the three reads on the HTTPS port, metrics, a health check and a task on the
 * admin port — against every kind of bad credential, a token of another wallet's owner, and the
 * right credential, over real HTTPS against a real PostgreSQL.
 */
@ExtendWith(PostgresExtension.class)
class EntryPointAuthIT {
  private static final UUID ALICES_COMMAND =
      UUID.fromString("a11ce000-0000-5000-8000-000000000001");
  private static final UUID BOBS_COMMAND = UUID.fromString("b0b00000-0000-5000-8000-000000000002");

  /** One call a client or operator can make; the reads all concern alice. */
  enum Endpoint {
    BALANCES(false, "GET", "/v1/wallets/alice/balances"),
    HISTORY(false, "GET", "/v1/wallets/alice/transactions?limit=5"),
    COMMAND_STATUS(false, "GET", "/v1/commands/" + ALICES_COMMAND),
    METRICS(true, "GET", "/metrics"),
    HEALTH_CHECKS(true, "GET", "/healthcheck"),
    GC_TASK(true, "POST", "/tasks/gc");

    final boolean admin;
    final String method;
    final String path;

    Endpoint(boolean admin, String method, String path) {
      this.admin = admin;
      this.method = method;
      this.path = path;
    }

    HttpResponse<String> call(String authorization) {
      HttpRequest.Builder request = admin ? service.adminRequest(path) : service.request(path);
      if (authorization != null) {
        request.header("Authorization", authorization);
      }
      return service.send(request.method(method, HttpRequest.BodyPublishers.noBody()).build());
    }
  }

  /**
   * What each endpoint answers a caller without credentials: every other refusal must look the
   * same.
   */
  private static final Map<Endpoint, String> ANONYMOUS_REFUSALS = new ConcurrentHashMap<>();

  private static RunningWalletService service;
  private static ForgedTokens forged;

  @BeforeAll
  static void start(TestDatabase db, @TempDir Path dir) throws Exception {
    LedgerFixtures.migrated(db.jdbcUrl(), db.username(), db.password(), db.dataSource())
        .customer("alice")
        .balance("alice", "BTC", "1500000")
        .entries("alice", 1, 3)
        .customer("bob")
        .balance("bob", "BTC", "700")
        .processed(ALICES_COMMAND, "alice", "APPLIED", null)
        .processed(BOBS_COMMAND, "bob", "APPLIED", null);
    service =
        RunningWalletService.start(
            dir, db.jdbcUrl(), db.username(), db.password(), Duration.ofSeconds(2));
    forged = new ForgedTokens(service.tokens(), RunningWalletService.CLIENT_ID, dir);
  }

  @AfterAll
  static void stop() {
    if (service != null) {
      service.close();
    }
  }

  static Stream<Arguments> everyEndpointWithEveryFlaw() {
    return Arrays.stream(Endpoint.values())
        .flatMap(
            endpoint -> Arrays.stream(Flaw.values()).map(flaw -> Arguments.of(endpoint, flaw)));
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("everyEndpointWithEveryFlaw")
  void refusesABadCredentialWith401SayingNothingAboutWhy(Endpoint endpoint, Flaw flaw) {
    HttpResponse<String> response = endpoint.call(forged.authorization(flaw, List.of("alice")));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
    assertThat(json(response).path("code").asText()).isEqualTo("UNAUTHENTICATED");
    // no hint which check failed: every refusal of a port is the same body
    assertThat(response.body())
        .isEqualTo(ANONYMOUS_REFUSALS.computeIfAbsent(endpoint, e -> e.call(null).body()));
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith(endpoint.admin ? "ApiKey" : "Bearer"));
    if (!endpoint.admin) {
      assertThat(response.headers().firstValue("Strict-Transport-Security"))
          .contains(StrictTransportSecurity.VALUE);
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Endpoint.class,
      names = {"METRICS", "HEALTH_CHECKS", "GC_TASK"})
  void refusesEvenAValidBearerTokenOnTheAdminPort(Endpoint endpoint) {
    assertThat(endpoint.call("Bearer " + service.tokenFor("alice")).statusCode()).isEqualTo(401);
    assertThat(endpoint.call("ApiKey not-a-configured-key").statusCode()).isEqualTo(401);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Endpoint.class,
      names = {"BALANCES", "HISTORY", "COMMAND_STATUS"})
  void answersTheOwnersToken(Endpoint endpoint) {
    HttpResponse<String> response = endpoint.call("Bearer " + service.tokenFor("alice"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  @Test
  void refusesAnotherOwnersWalletWith403() {
    String bobsToken = "Bearer " + service.tokenFor("bob");
    for (Endpoint endpoint : new Endpoint[] {Endpoint.BALANCES, Endpoint.HISTORY}) {
      HttpResponse<String> response = endpoint.call(bobsToken);
      assertThat(response.statusCode()).as(endpoint + ": " + response.body()).isEqualTo(403);
      assertThat(json(response).path("code").asText()).isEqualTo("WALLET_NOT_OWNED");
      assertThat(response.body()).doesNotContain("1500000", "0.015");
    }
  }

  @Test
  void answersAnotherOwnersCommandExactlyAsAnUnknownId() {
    String bobsToken = "Bearer " + service.tokenFor("bob");
    UUID unknown = UUID.randomUUID();
    HttpResponse<String> alices = Endpoint.COMMAND_STATUS.call(bobsToken);
    HttpResponse<String> nobodys = service.get("/v1/commands/" + unknown, service.tokenFor("bob"));

    assertThat(alices.statusCode()).isEqualTo(404).isEqualTo(nobodys.statusCode());
    JsonNode body = json(alices);
    assertThat(body.path("code").asText()).isEqualTo("COMMAND_NOT_FOUND");
    assertThat(alices.body().replace(ALICES_COMMAND.toString(), "ID"))
        .isEqualTo(nobodys.body().replace(unknown.toString(), "ID"));
    assertThat(service.get("/v1/commands/" + BOBS_COMMAND, service.tokenFor("bob")).statusCode())
        .as("bob's own command")
        .isEqualTo(200);
  }

  @Test
  void leavesTheProbesOpenAndTheRestToScopedKeys() {
    assertThat(service.admin("/live").statusCode()).isEqualTo(200);
    assertThat(service.admin("/ready").statusCode()).isEqualTo(200);

    Endpoint.BALANCES.call("Bearer expired-or-not"); // one refusal, to see it counted
    String prometheus = "ApiKey " + RunningWalletService.METRICS_KEY;
    String operator = "ApiKey " + RunningWalletService.OPERATOR_KEY;
    HttpResponse<String> metrics = Endpoint.METRICS.call(prometheus);
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body())
        .contains(
            "hikaricp_connections_active{pool=\"wallet-service-read\"}",
            "auth_refused_total{problem=",
            "http_server_requests_seconds_bucket{",
            "jetty_threads_busy");
    assertThat(Endpoint.GC_TASK.call(prometheus).statusCode())
        .as("metrics:read is no operator")
        .isEqualTo(403);
    assertThat(Endpoint.HEALTH_CHECKS.call(prometheus).statusCode()).isEqualTo(403);
    assertThat(Endpoint.GC_TASK.call(operator).statusCode()).isEqualTo(200);
    assertThat(Endpoint.HEALTH_CHECKS.call(operator).body()).contains("\"database\"");
    assertThat(Endpoint.METRICS.call(operator).statusCode()).isEqualTo(200);
  }
}
