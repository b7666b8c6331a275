package dev.walletplatform.walletservice.db;

import com.zaxxer.hikari.HikariDataSource;
import dev.walletplatform.ledgerdb.config.DatabaseSettings;
import dev.walletplatform.ledgerdb.pool.BoundedPool;
import dev.walletplatform.ledgerdb.tx.SqlStates;
import io.dropwizard.lifecycle.Managed;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The service's one read-only pool, opened when the server starts and closed when it stops. Turns
 * JDBC failures into what the client should do: retry later (503) or report a bug (500).
 */
public final class ReadPool implements Managed {
  public static final String NAME = "wallet-service-read";

  /** PostgreSQL/CockroachDB: the statement was cancelled, here by our own query timeout. */
  private static final String QUERY_CANCELED = "57014";

  private final DatabaseSettings config;
  private final Duration retryAfter;
  private final MeterRegistry metrics;
  private volatile HikariDataSource pool;

  public ReadPool(DatabaseSettings config, Duration retryAfter, MeterRegistry metrics) {
    this.config = config;
    this.retryAfter = retryAfter;
    this.metrics = metrics;
  }

  @Override
  public void start() {
    // Starts even when the database is down (BoundedPool never fails initialization): the
    // service then answers 503 until it is back, instead of crash-looping.
    HikariDataSource opened = BoundedPool.open(config, NAME, true);
    opened.setMetricRegistry(metrics);
    pool = opened;
  }

  @Override
  public void stop() {
    HikariDataSource opened = pool;
    pool = null;
    if (opened != null) {
      opened.close();
    }
  }

  /** A connection, waiting at most {@code database.connectionTimeout}; 503 when none comes. */
  public Connection connection() {
    HikariDataSource opened = pool;
    if (opened == null) {
      throw new DatabaseUnavailableException(
          "the read pool " + NAME + " is not open", retryAfter, null);
    }
    try {
      return opened.getConnection();
    } catch (SQLException e) {
      throw failure(
          "no connection within " + config.connectionTimeout().toMilliseconds() + " ms", e);
    }
  }

  /** Classifies a failure while {@code doing} something, with the pool's state for the log. */
  public RuntimeException failure(String doing, SQLException e) {
    String message =
        doing + ": " + e.getMessage() + " [SQLSTATE " + e.getSQLState() + ", " + describe() + "]";
    if (SqlStates.isRetryable(e) || SqlStates.hasState(e, QUERY_CANCELED)) {
      return new DatabaseUnavailableException(message, retryAfter, e);
    }
    return new LedgerReadException(message, e);
  }

  /** "wallet-service-read[total=4 active=1 idle=3 waiting=0]". */
  public String describe() {
    HikariDataSource opened = pool;
    return opened == null ? NAME + "[closed]" : BoundedPool.describe(opened);
  }
}
