package dev.walletplatform.ledgerdb.tx;

import dev.walletplatform.ledgerdb.LedgerDbException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Runs a body in a transaction and commits it, retrying the whole body when the database says
 * another transaction won (40001 serialization failure, 40P01 deadlock) or the connection broke
 * before the commit was known. Backoff is exponential with jitter so contending appliers spread out.
 */
public final class RetryingTransactions {
  private final DataSource dataSource;
  private final int maxAttempts;
  private final Duration baseBackoff;
  private final AtomicLong retries = new AtomicLong();

  public RetryingTransactions(DataSource dataSource, int maxAttempts, Duration baseBackoff) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be >= 1, was: " + maxAttempts);
    }
    this.dataSource = dataSource;
    this.maxAttempts = maxAttempts;
    this.baseBackoff = baseBackoff;
  }

  public <T> T inTransaction(TransactionBody<T> body) {
    SQLException last = null;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(false);
        try {
          T result = body.run(connection);
          connection.commit();
          return result;
        } catch (SQLException | RuntimeException e) {
          rollbackQuietly(connection, e);
          throw e;
        }
      } catch (SQLException e) {
        if (!SqlStates.isRetryable(e)) {
          throw new LedgerDbException(
              "transaction failed with SQLSTATE " + e.getSQLState() + " on attempt " + attempt + ": " + e.getMessage(), e);
        }
        last = e;
        retries.incrementAndGet();
        sleepBeforeRetry(attempt);
      }
    }
    throw new LedgerDbException(
        "transaction still failing after " + maxAttempts + " attempts, last SQLSTATE "
            + (last == null ? "?" : last.getSQLState()), last);
  }

  /** How many times a body was re-run since start: the 40001 counter for metrics and tests. */
  public long retries() {
    return retries.get();
  }

  private void sleepBeforeRetry(int attempt) {
    long cap = baseBackoff.toMillis() << Math.min(attempt - 1, 8);
    long millis = ThreadLocalRandom.current().nextLong(cap + 1);
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LedgerDbException("interrupted while backing off after a serialization failure", e);
    }
  }

  private static void rollbackQuietly(Connection connection, Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException rollbackFailure) {
      cause.addSuppressed(rollbackFailure);
    }
  }
}
