package dev.walletplatform.ledgerdb.pool;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.walletplatform.ledgerdb.config.DatabaseSettings;
import java.sql.Connection;

/**
 * Opens the one pool a process uses. Fixed size (minimum idle = maximum) so the database sees a
 * constant, known number of connections however large the burst: callers wait for a connection (up
 * to connectionTimeout) instead of opening another.
 */
public final class BoundedPool {
  private BoundedPool() {}

  /**
   * @param name shows up in pg_stat_activity.application_name and in pool metrics
   * @param readOnly read-only pools (the wallet service) use autocommit: each query is its own
   *     transaction
   */
  public static HikariDataSource open(DatabaseSettings config, String name, boolean readOnly) {
    HikariConfig hikari = new HikariConfig();
    hikari.setPoolName(name);
    hikari.setJdbcUrl(config.jdbcUrl());
    hikari.setUsername(config.username());
    hikari.setPassword(config.password());
    hikari.setMaximumPoolSize(config.poolSize());
    hikari.setMinimumIdle(config.poolSize());
    hikari.setConnectionTimeout(config.connectionTimeout().toMilliseconds());
    hikari.setAutoCommit(readOnly);
    hikari.setReadOnly(readOnly);
    // Same isolation on PostgreSQL as CockroachDB's default, so 40001 retries are exercised
    // locally.
    hikari.setTransactionIsolation("TRANSACTION_SERIALIZABLE");
    hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
    hikari.addDataSourceProperty("ApplicationName", name);
    // Let the pool start even if the database is briefly down; requests then wait or fail fast.
    hikari.setInitializationFailTimeout(-1);
    return new HikariDataSource(hikari);
  }

  /** "ledger[total=4 active=4 idle=0 waiting=17]": the state to put in errors and logs. */
  public static String describe(HikariDataSource pool) {
    HikariPoolMXBean bean = pool.getHikariPoolMXBean();
    return bean == null ? pool.getPoolName() + "[not started]" : state(pool).toString();
  }

  /** The numbers behind {@link #describe}, for metrics gauges. */
  public static PoolState state(HikariDataSource pool) {
    HikariPoolMXBean bean = pool.getHikariPoolMXBean();
    if (bean == null) {
      return PoolState.notStarted(pool.getPoolName());
    }
    return new PoolState(
        pool.getPoolName(),
        bean.getTotalConnections(),
        bean.getActiveConnections(),
        bean.getIdleConnections(),
        bean.getThreadsAwaitingConnection());
  }

  /** Transaction isolation check for tests and health: what the pool really hands out. */
  public static int isolationOf(Connection connection) throws java.sql.SQLException {
    return connection.getTransactionIsolation();
  }
}
