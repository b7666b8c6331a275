package dev.walletplatform.bench.baseline;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A DataSource that opens a brand-new PostgreSQL connection on every call — what each Lambda
 * invocation of the old system did — and counts the attempts PostgreSQL refused, by SQLSTATE
 * ({@code 53300}: too many clients already).
 */
final class ConnectionPerCall implements DataSource {
  static final String APPLICATION_NAME = "naive-fanout";

  private final PGSimpleDataSource postgres = new PGSimpleDataSource();
  private final MeterRegistry metrics;

  ConnectionPerCall(BaselineServerConfiguration.NaiveDatabase database, MeterRegistry metrics) {
    postgres.setURL(database.jdbcUrl());
    postgres.setUser(database.username());
    postgres.setPassword(database.password());
    postgres.setApplicationName(APPLICATION_NAME);
    // the applier's isolation, so both paths do the same work under the same rules
    postgres.setOptions("-c default_transaction_isolation=serializable");
    postgres.setReWriteBatchedInserts(true);
    this.metrics = metrics;
  }

  @Override
  public Connection getConnection() throws SQLException {
    metrics.counter("naive.connections.opened").increment();
    try {
      return postgres.getConnection();
    } catch (SQLException e) {
      // naive_connections_refused_total{sqlstate}: 53300 is "too many clients already"
      metrics
          .counter("naive.connections.refused", "sqlstate", String.valueOf(e.getSQLState()))
          .increment();
      throw e;
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("credentials come from the configuration");
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // no JDBC logging
  }

  @Override
  public void setLoginTimeout(int seconds) {
    postgres.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() {
    return postgres.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no java.util.logging");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    throw new SQLException("not a wrapper of " + type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return false;
  }
}
