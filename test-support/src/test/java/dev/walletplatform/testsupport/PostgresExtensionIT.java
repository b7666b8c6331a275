package dev.walletplatform.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.infra.postgres.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class PostgresExtensionIT {
  private final TestDatabase sameClassDatabase;

  PostgresExtensionIT(TestDatabase db) {
    this.sameClassDatabase = db;
  }

  @Test
  void givesTheClassADatabaseNamedAfterIt(TestDatabase db) throws SQLException {
    assertThat(db.name()).startsWith("it_postgresextensionit_");
    assertThat(db.toString()).doesNotContain("password=");
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select current_database()")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo(db.name());
    }
  }

  @Test
  void everyTestOfTheClassGetsTheSameDatabase(TestDatabase db) {
    assertThat(db).isSameAs(sameClassDatabase);
  }

  @Test
  void resolvesTheSharedServer(PostgresServer server, TestDatabase db) {
    assertThat(server.isRunning()).isTrue();
    assertThat(db.jdbcUrl()).isEqualTo(server.jdbcUrl(db.name()));
  }

  // not named *Tests: Surefire would pick PostgresExtensionIT$...Tests up as a unit test class
  @Nested
  class WhenNested {
    @Test
    void shareTheOuterClassDatabase(TestDatabase db) {
      assertThat(db).isSameAs(sameClassDatabase);
    }
  }
}
