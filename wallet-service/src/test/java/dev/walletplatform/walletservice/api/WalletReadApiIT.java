package dev.walletplatform.walletservice.api;

import static dev.walletplatform.walletservice.RunningWalletService.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletplatform.testsupport.PostgresExtension;
import dev.walletplatform.testsupport.TestDatabase;
import dev.walletplatform.walletservice.RunningWalletService;
import dev.walletplatform.walletservice.db.LedgerFixtures;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Balances, command status, ownership and error rendering over real HTTPS against a real
 * PostgreSQL; {@link RunningWalletService#get(String)} calls as a user owning alice (not dave).
 */
@ExtendWith(PostgresExtension.class)
class WalletReadApiIT {
  private static final UUID APPLIED = UUID.fromString("11111111-1111-5111-8111-111111111111");
  private static final UUID REJECTED = UUID.fromString("22222222-2222-5222-8222-222222222222");

  /** A campaign whose id happens to be a wallet id the caller owns. */
  private static final UUID CAMPAIGN_OPENED =
      UUID.fromString("33333333-3333-5333-8333-333333333333");

  private static RunningWalletService service;

  @BeforeAll
  static void start(TestDatabase db, @TempDir Path dir) throws Exception {
    LedgerFixtures.migrated(db.jdbcUrl(), db.username(), db.password(), db.dataSource())
        .customer("alice")
        .balance("alice", "BTC", "1500000")
        .balance("alice", "ETH", "1")
        .customer("dave")
        .system("sys:deposits")
        .balance("sys:deposits", "BTC", "-1500000")
        .system("treasury")
        .processed(APPLIED, "alice", "APPLIED", null)
        .processed(CAMPAIGN_OPENED, "CAMPAIGN_OPENED", "alice", "APPLIED", null)
        .processed(REJECTED, "alice", "REJECTED", "INSUFFICIENT_FUNDS");
    service =
        RunningWalletService.start(
            dir, db.jdbcUrl(), db.username(), db.password(), Duration.ofSeconds(2));
  }

  @AfterAll
  static void stop() {
    if (service != null) {
      service.close();
    }
  }

  @Test
  void showsEveryConfiguredAssetAsExactDecimalStrings() {
    HttpResponse<String> response = service.get("/v1/wallets/alice/balances");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(json(response).toString())
        .isEqualTo(
            "{\"wallet\":\"alice\",\"balances\":["
                + "{\"asset\":\"BTC\",\"amount\":\"0.015\",\"amount_minor\":\"1500000\"},"
                + "{\"asset\":\"ETH\",\"amount\":\"0.000000000000000001\",\"amount_minor\":\"1\"},"
                + "{\"asset\":\"USDC\",\"amount\":\"0\",\"amount_minor\":\"0\"}]}");
  }

  @Test
  void answersUnknownWalletsWith404() {
    assertError(service.get("/v1/wallets/nobody/balances"), 404, "WALLET_NOT_FOUND");
    assertError(service.get("/v1/wallets/nobody/transactions"), 404, "WALLET_NOT_FOUND");
  }

  @Test
  void refusesWalletsTheTokenDoesNotListWith403WhetherOrNotTheyExist() {
    for (String wallet : List.of("dave", "ghost", "sys:deposits", "treasury")) {
      HttpResponse<String> balances = service.get("/v1/wallets/" + wallet + "/balances");
      assertError(balances, 403, "WALLET_NOT_OWNED");
      assertThat(balances.body()).doesNotContain("1500000");
      assertError(service.get("/v1/wallets/" + wallet + "/transactions"), 403, "WALLET_NOT_OWNED");
    }
  }

  @Test
  void hidesSystemAccountsEvenFromATokenThatListsOne() {
    // an identity provider's mistake must not open the platform's own accounts
    assertError(
        service.get("/v1/wallets/treasury/balances", service.tokenFor("treasury")),
        404,
        "WALLET_NOT_FOUND");
    assertError(
        service.get("/v1/wallets/treasury/transactions", service.tokenFor("treasury")),
        404,
        "WALLET_NOT_FOUND");
  }

  @Test
  void refusesMalformedWalletIdsWith400() {
    JsonNode error = assertError(service.get("/v1/wallets/a!/balances"), 400, "INVALID_WALLET_ID");
    assertThat(error.path("details").path("field").asText()).isEqualTo("wallet");
  }

  @Test
  void reportsAnAppliedCommand() {
    HttpResponse<String> response = service.get("/v1/commands/" + APPLIED);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).toString())
        .isEqualTo(
            "{\"command_id\":\""
                + APPLIED
                + "\",\"status\":\"applied\",\"reason\":null,"
                + "\"processed_at\":\"2025-01-31T12:00:01Z\"}");
  }

  @Test
  void reportsARejectedCommandWithItsReason() {
    JsonNode body = json(service.get("/v1/commands/" + REJECTED));
    assertThat(body.path("status").asText()).isEqualTo("rejected");
    assertThat(body.path("reason").path("code").asText()).isEqualTo("INSUFFICIENT_FUNDS");
    assertThat(body.path("reason").path("message").asText()).isNotBlank();
  }

  @Test
  void answersAnUndecidedCommandWith404SayingItMayBePending() {
    JsonNode error =
        assertError(service.get("/v1/commands/" + UUID.randomUUID()), 404, "COMMAND_NOT_FOUND");
    assertThat(error.path("message").asText()).contains("unknown", "not decided it yet");
  }

  @Test
  void neverShowsAMessageWhoseSubjectIsNoWalletEvenIfTheNameMatches() {
    assertError(service.get("/v1/commands/" + CAMPAIGN_OPENED), 404, "COMMAND_NOT_FOUND");
  }

  @Test
  void refusesACommandIdThatIsNoUuidWith400() {
    assertError(service.get("/v1/commands/not-a-uuid"), 400, "INVALID_COMMAND_ID");
    assertError(service.get("/v1/commands/" + "1".repeat(36)), 400, "INVALID_COMMAND_ID");
    // UUID.fromString takes this 36-character shape; the API does not
    assertError(service.get("/v1/commands/1-1-1-1-" + "0".repeat(28)), 400, "INVALID_COMMAND_ID");
  }

  @Test
  void requiresAValidBearerTokenEverywhereButTheApiDescription() {
    HttpResponse<String> none =
        service.send(service.request("/v1/wallets/alice/balances").GET().build());
    assertError(none, 401, "UNAUTHENTICATED");
    assertThat(none.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    assertError(
        service.send(authorized("/v1/wallets/alice/balances", "Bearer wrong-token")),
        401,
        "UNAUTHENTICATED");
    assertError(
        service.send(
            authorized("/v1/wallets/alice/balances", "Basic " + service.tokenFor("alice"))),
        401,
        "UNAUTHENTICATED");
    assertError(
        service.send(service.request("/no/such/path").GET().build()), 401, "UNAUTHENTICATED");

    HttpResponse<String> openApi = service.send(service.request("/openapi.yaml").GET().build());
    assertThat(openApi.statusCode()).isEqualTo(200);
    assertThat(openApi.body()).startsWith("openapi: 3.1");
  }

  @Test
  void rendersJerseysOwnErrorsAsTheErrorRecord() {
    assertError(service.get("/no/such/path"), 404, "NOT_FOUND");
    HttpResponse<String> post =
        service.send(
            service
                .request("/v1/wallets/alice/balances")
                .header("Authorization", "Bearer " + service.tokenFor("alice"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
    assertError(post, 405, "METHOD_NOT_ALLOWED");
    HttpResponse<String> xml =
        service.send(
            service
                .request("/v1/wallets/alice/balances")
                .header("Authorization", "Bearer " + service.tokenFor("alice"))
                .header("Accept", "application/xml")
                .GET()
                .build());
    assertError(xml, 406, "NOT_ACCEPTABLE");
  }

  @Test
  void neverAnswers500ForOddInput() {
    for (String path :
        List.of(
            "/v1/wallets/%C3%28/balances",
            "/v1/wallets/a%2Fb/balances",
            "/v1/wallets/%00abc/balances",
            "/v1/wallets/" + "a".repeat(5000) + "/balances",
            "/v1/wallets/alice/transactions?limit=1&limit=999",
            "/v1/wallets/alice/transactions?cursor=",
            "/v1/wallets/alice/transactions?cursor=%FF%FE",
            "/v1/commands/%7B%7D",
            "/v1/wallets/alice/balances/..;/../x",
            "/v1/wallets/alice/balances?" + "x".repeat(20_000))) {
      // a request line over Jetty's limit breaks HTTP itself: no OpenAPI document describes its
      // answer
      HttpResponse<String> response =
          path.length() > 8_192
              ? service.sendOutsideTheContract(
                  authorized(path, "Bearer " + service.tokenFor("alice")))
              : service.get(path);
      assertThat(response.statusCode()).as(path + " -> " + response.body()).isLessThan(500);
      if (response.statusCode() >= 400) {
        assertError(response, response.statusCode(), json(response).path("code").asText());
      }
    }
  }

  @Test
  void keepsProbesOnTheAdminPort() {
    assertThat(service.admin("/live").statusCode()).isEqualTo(200);
    assertThat(service.admin("/ready").statusCode()).isEqualTo(200);
    assertThat(service.admin("/metrics", RunningWalletService.METRICS_KEY).body())
        .contains("hikaricp_connections_active{pool=\"wallet-service-read\"}"); // Prometheus text
  }

  private static HttpRequest authorized(String path, String authorization) {
    return service.request(path).header("Authorization", authorization).GET().build();
  }

  static JsonNode assertError(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode body = json(response);
    assertThat(body.path("code").asText()).as(response.body()).isEqualTo(code);
    assertThat(body.path("message").asText()).isNotBlank();
    assertThat(body.path("details").isObject()).as(response.body()).isTrue();
    return body;
  }
}
