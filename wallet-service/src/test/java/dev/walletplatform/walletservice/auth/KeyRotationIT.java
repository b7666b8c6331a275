package dev.walletplatform.walletservice.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.testsupport.PostgresExtension;
import dev.walletplatform.testsupport.TestDatabase;
import dev.walletplatform.walletservice.RunningWalletService;
import dev.walletplatform.walletservice.db.LedgerFixtures;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The identity provider rotates its signing key while the service runs: tokens of the new key are
 * accepted without a restart (the unknown kid makes the service fetch the JWKS again), and tokens
 * already issued with the old key keep working while the provider still publishes it. A service of
 * its own, as rotating changes the key every later token is signed with.
 */
@ExtendWith(PostgresExtension.class)
class KeyRotationIT {
  private static RunningWalletService service;

  @BeforeAll
  static void start(TestDatabase db, @TempDir Path dir) throws Exception {
    LedgerFixtures.migrated(db.jdbcUrl(), db.username(), db.password(), db.dataSource())
        .customer("rotating-wallet")
        .balance("rotating-wallet", "ETH", "42");
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
  void acceptsTokensOfARotatedKeyAndStillThoseOfThePreviousOne() {
    String path = "/v1/wallets/rotating-wallet/balances";
    String beforeRotation = service.tokenFor("rotating-wallet");
    assertThat(service.get(path, beforeRotation).statusCode())
        .isEqualTo(200); // the service now holds the first key

    service.tokens().rotate();
    String afterRotation = service.tokenFor("rotating-wallet");

    Awaitility.await("a token of the new key accepted")
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> service.get(path, afterRotation).statusCode() == 200);
    assertThat(service.get(path, beforeRotation).statusCode()).isEqualTo(200);
  }
}
