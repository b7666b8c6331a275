package dev.walletplatform.walletservice.health;

import static dev.walletplatform.walletservice.RunningWalletService.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.infra.postgres.PostgresConfig;
import dev.walletplatform.infra.postgres.PostgresServer;
import dev.walletplatform.walletservice.RunningWalletService;
import dev.walletplatform.walletservice.db.LedgerFixtures;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stops a real PostgreSQL under the running service. Uses a server of its own rather than the
 * shared PostgresExtension one, which other test classes are using.
 */
class DatabaseOutageIT {
  private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(1);

  private static PostgresServer postgres;
  private static RunningWalletService service;

  @BeforeAll
  static void start(@TempDir Path dir) throws Exception {
    postgres = new PostgresServer(PostgresConfig.defaults()).start();
    String jdbcUrl = postgres.createDatabase("ledger");
    LedgerFixtures.migrated(
            jdbcUrl, postgres.username(), postgres.password(), postgres.dataSource("ledger"))
        .customer("alice")
        .balance("alice", "BTC", "1500000");
    service =
        RunningWalletService.start(
            dir, jdbcUrl, postgres.username(), postgres.password(), CONNECTION_TIMEOUT);
  }

  @AfterAll
  static void stop() {
    if (service != null) {
      service.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void answers503WithRetryAfterWhileTheDatabaseIsDownAndStaysLiveAndReady() {
    assertThat(service.get("/v1/wallets/alice/balances").statusCode()).isEqualTo(200);

    postgres.stop();
    try {
      for (String path :
          new String[] {
            "/v1/wallets/alice/balances",
            "/v1/wallets/alice/transactions",
            "/v1/commands/11111111-1111-5111-8111-111111111111"
          }) {
        // the client's request timeout (connection timeout + 10 s) is the "never hangs" bound
        HttpResponse<String> response = service.get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).contains("2");
        assertThat(json(response).path("code").asText()).isEqualTo("DATABASE_UNAVAILABLE");
        assertThat(json(response).path("details").path("retry_after_seconds").asInt()).isEqualTo(2);
      }
      assertThat(service.admin("/live").statusCode()).isEqualTo(200);
      assertThat(service.admin("/ready").statusCode()).isEqualTo(200);
      assertThat(service.admin("/healthcheck", RunningWalletService.OPERATOR_KEY).body())
          .contains("\"database\"")
          .contains("\"healthy\":false");
    } finally {
      postgres.start();
    }

    Awaitility.await("service answers again after the database restarted")
        .atMost(Duration.ofSeconds(30))
        .until(() -> service.get("/v1/wallets/alice/balances").statusCode() == 200);
  }
}
