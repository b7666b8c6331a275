package dev.walletplatform.ledgerdb.tx;

import dev.walletplatform.ledgerdb.LedgerDbException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * Runs a body in a transaction and commits it, retrying the whole body when the database says
 * another transaction won (40001 serialization failure, 40P01 deadlock) or the connection broke
 * before the commit was known. Backoff is exponential with jitter so contending appliers spread
 * out.
 *
 * <p>A connection lost during {@code commit} leaves the outcome unknown; running the body again is
 * only safe because bodies are idempotent (they record the ids of what they applied in the same
 * transaction and skip what is already recorded).
 *
 * <p>Failures: {@link TransientDatabaseException} when every attempt failed retryably (or the
 * thread was interrupted); {@link LedgerDbException} for an error that another attempt cannot fix;
 * a {@link RuntimeException} thrown by the body propagates unchanged after the rollback.
 */
public final class RetryingTransactions {
  private static final int MAX_BACKOFF_SHIFT = 8;

  private final DataSource dataSource;
  private final int maxAttempts;
  private final Duration baseBackoff;
  private final AtomicLong retries = new AtomicLong();
  private final Map<String, LongAdder> retriesBySqlState = new ConcurrentHashMap<>();

  public RetryingTransactions(DataSource dataSource, int maxAttempts, Duration baseBackoff) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be >= 1, was: " + maxAttempts);
    }
    if (baseBackoff.isNegative() || baseBackoff.isZero()) {
      throw new IllegalArgumentException("baseBackoff must be positive, was: " + baseBackoff);
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
              "transaction failed with SQLSTATE "
                  + SqlStates.stateOf(e)
                  + " on attempt "
                  + attempt
                  + ": "
                  + e.getMessage(),
              e);
        }
        last = e;
        if (attempt < maxAttempts) {
          retries.incrementAndGet();
          retriesBySqlState
              .computeIfAbsent(String.valueOf(SqlStates.stateOf(e)), state -> new LongAdder())
              .increment();
          sleepBeforeRetry(attempt, e);
        }
      }
    }
    throw new TransientDatabaseException(
        "transaction still failing after "
            + maxAttempts
            + " attempts, last SQLSTATE "
            + SqlStates.stateOf(last)
            + ": "
            + last.getMessage(),
        last);
  }

  /** How many times a body was re-run since start: the 40001 counter for metrics and tests. */
  public long retries() {
    return retries.get();
  }

  /**
   * Retries by the SQLSTATE that caused them ({@code 40001} serialization failure, {@code 40P01}
   * deadlock, {@code 08xxx} lost connection; "null" when the driver gave none): fault runs prove
   * with it that contention was forced and every conflict was retried.
   */
  public Map<String, Long> retriesBySqlState() {
    Map<String, Long> copy = new TreeMap<>();
    retriesBySqlState.forEach((state, count) -> copy.put(state, count.sum()));
    return copy;
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  private void sleepBeforeRetry(int attempt, SQLException cause) {
    long cap = baseBackoff.toMillis() << Math.min(attempt - 1, MAX_BACKOFF_SHIFT);
    long millis = ThreadLocalRandom.current().nextLong(cap + 1);
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      TransientDatabaseException interrupted =
          new TransientDatabaseException(
              "interrupted while backing off after SQLSTATE " + SqlStates.stateOf(cause), e);
      interrupted.addSuppressed(cause);
      throw interrupted;
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
