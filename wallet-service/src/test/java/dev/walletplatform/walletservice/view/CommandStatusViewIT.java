package dev.walletplatform.walletservice.view;

import static dev.walletplatform.walletservice.RunningWalletService.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletplatform.infra.postgres.PostgresConfig;
import dev.walletplatform.infra.postgres.PostgresServer;
import dev.walletplatform.walletservice.RunningWalletService;
import dev.walletplatform.walletservice.db.LedgerFixtures;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GET /v1/commands/{id} with a live status view in front of a real PostgreSQL: the view first, the
 * database for what it does not hold or when it fails. Stops its own PostgreSQL server, so it does
 * not use the shared one.
 */
class CommandStatusViewIT {
  private static final UUID DECIDED_IN_LEDGER =
      UUID.fromString("7d0f5a1e-1111-5111-8111-000000000001");
  private static PostgresServer postgres;
  private static FakeStatusView view;
  private static RunningWalletService service;

  @BeforeAll
  static void start(@TempDir Path dir) throws Exception {
    postgres = new PostgresServer(PostgresConfig.defaults()).start();
    String jdbcUrl = postgres.createDatabase("ledger");
    LedgerFixtures.migrated(
            jdbcUrl, postgres.username(), postgres.password(), postgres.dataSource("ledger"))
        .customer("alice")
        .processed(DECIDED_IN_LEDGER, "alice", "REJECTED", "INSUFFICIENT_FUNDS");
    view = new FakeStatusView();
    service =
        RunningWalletService.start(
            dir,
            jdbcUrl,
            postgres.username(),
            postgres.password(),
            Duration.ofSeconds(1),
            view.url(),
            FakeStatusView.API_KEY);
  }

  @AfterAll
  static void stop() {
    if (service != null) {
      service.close();
    }
    if (view != null) {
      view.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void answersAcceptedFromTheViewBeforeTheLedgerDecided() {
    UUID inKafka = UUID.randomUUID();
    view.holds(inKafka, "accepted", null);

    JsonNode body = json(ok("/v1/commands/" + inKafka));
    assertThat(body.path("status").asText()).isEqualTo("accepted");
    assertThat(body.path("reason").isNull()).isTrue();
    assertThat(body.path("processed_at").isNull()).isTrue();
  }

  @Test
  void explainsAScreeningRejectionTheLedgerNeverSaw() {
    UUID cut = UUID.randomUUID();
    view.holds(cut, "rejected", "DEVICE_CLAIM_LIMIT_EXCEEDED");

    JsonNode body = json(ok("/v1/commands/" + cut));
    assertThat(body.path("status").asText()).isEqualTo("rejected");
    assertThat(body.path("reason").path("code").asText()).isEqualTo("DEVICE_CLAIM_LIMIT_EXCEEDED");
  }

  @Test
  void asksTheDatabaseForAnIdTheViewDoesNotHold() {
    JsonNode body = json(ok("/v1/commands/" + DECIDED_IN_LEDGER));
    assertThat(body.path("status").asText()).isEqualTo("rejected");
    assertThat(body.path("reason").path("code").asText()).isEqualTo("INSUFFICIENT_FUNDS");

    HttpResponse<String> unknown = service.get("/v1/commands/" + UUID.randomUUID());
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(unknown).path("code").asText()).isEqualTo("COMMAND_NOT_FOUND");
  }

  @Test
  void answersACommandOfAnotherWalletAsIfTheIdWereUnknown() {
    UUID bobs = UUID.randomUUID();
    view.holds(bobs, "applied", null, "bob");
    int asked = view.requests();

    HttpResponse<String> response = service.get("/v1/commands/" + bobs);
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).path("code").asText()).isEqualTo("COMMAND_NOT_FOUND");
    assertThat(view.requests()).isEqualTo(asked + 1);
    assertThat(
            json(service.get("/v1/commands/" + bobs, service.tokenFor("bob")))
                .path("status")
                .asText())
        .as("bob's own token sees it")
        .isEqualTo("applied");
  }

  @Test
  void keepsAnsweringFromTheViewWhileTheDatabaseIsDownAndFromTheDatabaseWhileTheViewIs() {
    UUID inKafka = UUID.randomUUID();
    view.holds(inKafka, "applied", null);
    postgres.stop();
    try {
      assertThat(json(ok("/v1/commands/" + inKafka)).path("status").asText()).isEqualTo("applied");
      assertThat(service.get("/v1/commands/" + DECIDED_IN_LEDGER).statusCode())
          .as("only the database has it")
          .isEqualTo(503);
    } finally {
      postgres.start();
    }
    view.answerWith(503);
    try {
      Awaitility.await("database back")
          .atMost(Duration.ofSeconds(30))
          .until(() -> service.get("/v1/commands/" + DECIDED_IN_LEDGER).statusCode() == 200);
      assertThat(json(ok("/v1/commands/" + DECIDED_IN_LEDGER)).path("reason").path("code").asText())
          .isEqualTo("INSUFFICIENT_FUNDS");
    } finally {
      view.answerWith(0);
    }
    Awaitility.await("the view asked again after its cooldown")
        .atMost(Duration.ofSeconds(10))
        .until(() -> service.get("/v1/commands/" + inKafka).statusCode() == 200);
  }

  private static HttpResponse<String> ok(String path) {
    HttpResponse<String> response = service.get(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return response;
  }
}
