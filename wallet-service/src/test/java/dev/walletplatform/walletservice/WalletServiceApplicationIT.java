package dev.walletplatform.walletservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletplatform.fixtures.tokens.LocalTokenIssuer;
import dev.walletplatform.infra.tls.SelfSignedKeystore;
import dev.walletplatform.kit.BoundPorts;
import dev.walletplatform.kit.ServiceStartException;
import dev.walletplatform.testsupport.PostgresExtension;
import dev.walletplatform.testsupport.TestDatabase;
import dev.walletplatform.walletservice.db.LedgerFixtures;
import dev.walletplatform.walletservice.db.ReadPool;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starting the service the way the local runtime embeds it: run("server", yaml), ports(), stop().
 */
@ExtendWith(PostgresExtension.class)
class WalletServiceApplicationIT {

  @Test
  void startsInProcessOnFreePortsServesAndClosesItsPoolOnStop(TestDatabase db, @TempDir Path dir)
      throws Exception {
    LedgerFixtures.migrated(db.jdbcUrl(), db.username(), db.password(), db.dataSource())
        .customer("alice");
    SelfSignedKeystore keystore = SelfSignedKeystore.generate(dir);
    LocalTokenIssuer tokens = RunningWalletService.tokenIssuer(dir);
    Path config =
        RunningWalletService.writeConfig(
            dir,
            keystore,
            tokens,
            db.jdbcUrl(),
            db.username(),
            db.password(),
            Duration.ofSeconds(2));

    WalletServiceApplication application = new WalletServiceApplication();
    application.run("server", config.toString());
    try (HttpClient client = RunningWalletService.httpsClient(keystore)) {
      BoundPorts ports = application.ports();
      assertThat(ports.application()).isPositive();
      assertThat(ports.admin()).isPositive().isNotEqualTo(ports.application());
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(
                      URI.create(
                          "https://localhost:"
                              + ports.application()
                              + "/v1/wallets/alice/balances"))
                  .header(
                      "Authorization",
                      "Bearer " + tokens.issue("u", "c", List.of("alice"), Duration.ofMinutes(5)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(poolConnections(db)).isPositive();
    } finally {
      application.stop();
    }
    // the server ends a backend shortly after the client hangs up; give it a moment
    Awaitility.await("pool connections closed")
        .atMost(Duration.ofSeconds(10))
        .until(() -> poolConnections(db) == 0);
  }

  @Test
  void reportsABadConfigurationAsAnExceptionInsteadOfExitingTheJvm(@TempDir Path dir)
      throws Exception {
    Path config =
        Files.writeString(
            dir.resolve("bad.yml"), "database: {jdbcUrl: 'jdbc:mysql://x/y', username: u}\n");
    assertThatThrownBy(() -> new WalletServiceApplication().run("server", config.toString()))
        .isInstanceOf(ServiceStartException.class);
  }

  @Test
  void refusesToServeTheApiOverPlainHttp(@TempDir Path dir) throws Exception {
    String yaml =
        """
        server: {applicationConnectors: [{type: http, port: 0}], adminConnectors: [{type: http, port: 0}]}
        database: {jdbcUrl: 'jdbc:postgresql://127.0.0.1:1/none', username: u}
        auth: {jwt: {issuer: 'https://idp.example', audience: a, jwks: 'file:/tmp/none.json'}}
        """;
    Path config = Files.writeString(dir.resolve("plain.yml"), yaml);
    assertThatThrownBy(() -> new WalletServiceApplication().run("server", config.toString()))
        .isInstanceOf(ServiceStartException.class);
    // no server section at all would be Dropwizard's plain HTTP on 8080: refused too
    Path defaults =
        Files.writeString(
            dir.resolve("defaults.yml"),
            yaml.lines().skip(1).map(l -> l + "\n").reduce("", String::concat));
    assertThatThrownBy(() -> new WalletServiceApplication().run("server", defaults.toString()))
        .isInstanceOf(ServiceStartException.class)
        .hasMessageContaining("https");
  }

  @Test
  void refusesToReportPortsBeforeItHasStarted() {
    assertThatThrownBy(() -> new WalletServiceApplication().ports())
        .isInstanceOf(IllegalStateException.class);
  }

  /** Server-side connections the service's pool holds open, by their application_name. */
  private static int poolConnections(TestDatabase db) throws Exception {
    try (Connection connection = db.dataSource().getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = ?")) {
      statement.setString(1, ReadPool.NAME);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getInt(1);
      }
    }
  }
}
