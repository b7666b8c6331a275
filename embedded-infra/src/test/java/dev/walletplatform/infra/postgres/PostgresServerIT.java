package dev.walletplatform.infra.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerIT {
  @TempDir Path dir;

  @Test
  void answersQueriesAndKeepsDataAcrossARestartOnTheSamePort() throws SQLException {
    long began = System.nanoTime();
    try (PostgresServer pg =
        new PostgresServer(PostgresConfig.defaults().withMaxConnections(42)).start()) {
      System.out.printf("postgres serving after %d ms%n", (System.nanoTime() - began) / 1_000_000);
      pg.createDatabase("ledger");
      pg.createDatabase("ledger"); // again: an existing database is not an error
      DataSource ledger = pg.dataSource("ledger");
      assertThat(query(ledger, "select 1")).isEqualTo("1");
      assertThat(query(ledger, "show max_connections")).isEqualTo("42");
      execute(ledger, "create table entries (id uuid primary key, amount decimal(38,0) not null)");
      execute(
          ledger, "insert into entries values (gen_random_uuid(), 123456789012345678901234567890)");
      int port = pg.port();

      began = System.nanoTime();
      pg.restart();
      System.out.printf("postgres restarted in %d ms%n", (System.nanoTime() - began) / 1_000_000);

      assertThat(pg.port()).isEqualTo(port);
      assertThat(query(ledger, "select sum(amount) from entries"))
          .isEqualTo("123456789012345678901234567890");
      try (Connection viaUrl =
          DriverManager.getConnection(pg.jdbcUrl("ledger"), pg.username(), pg.password())) {
        assertThat(viaUrl.isValid(2)).isTrue();
      }
    }
  }

  @Test
  void refusesConnectionsWhileStoppedAndServesAgainAfterStart() throws SQLException {
    try (PostgresServer pg = new PostgresServer(PostgresConfig.defaults()).start()) {
      DataSource postgres = pg.dataSource("postgres");

      pg.stop();

      assertThat(pg.isRunning()).isFalse();
      assertThatThrownBy(() -> query(postgres, "select 1")).isInstanceOf(SQLException.class);

      pg.start();

      assertThat(query(postgres, "select 1")).isEqualTo("1");
    }
  }

  @Test
  void keepsAGivenDataDirWhenToldToAndDeletesItOtherwise() {
    Path kept = dir.resolve("kept");
    try (PostgresServer pg =
        new PostgresServer(PostgresConfig.defaults().withDataDir(kept).withKeepDataDir(true))
            .start()) {
      pg.createDatabase("kept_db");
    }
    assertThat(kept.resolve("PG_VERSION")).exists();

    Path dropped = dir.resolve("dropped");
    new PostgresServer(PostgresConfig.defaults().withDataDir(dropped)).start().close();
    assertThat(Files.exists(dropped)).isFalse();
  }

  @Test
  void rejectsDatabaseNamesThatAreNotPlainIdentifiers() {
    PostgresServer pg = new PostgresServer(PostgresConfig.defaults());

    assertThatThrownBy(() -> pg.jdbcUrl("x; drop table y"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String query(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static void execute(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
