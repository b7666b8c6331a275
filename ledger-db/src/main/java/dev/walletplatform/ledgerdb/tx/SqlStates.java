package dev.walletplatform.ledgerdb.tx;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** Which SQLSTATEs mean "run the transaction again" rather than "this can never work". */
public final class SqlStates {
  public static final String SERIALIZATION_FAILURE = "40001";
  public static final String DEADLOCK_DETECTED = "40P01";

  /**
   * CockroachDB: the commit's outcome is unknown (the body is idempotent, so running it again is
   * safe).
   */
  public static final String STATEMENT_COMPLETION_UNKNOWN = "40003";

  public static final String UNIQUE_VIOLATION = "23505";
  public static final String CHECK_VIOLATION = "23514";

  private SqlStates() {}

  /**
   * 40001/40P01/40003: another transaction won; class 08 and 57P01-57P03: the connection broke or
   * the server is restarting; class 53: the server is out of connections or memory for now. A pool
   * timeout (HikariCP's {@link SQLTransientException}, often without any SQLSTATE) is retryable
   * too. A rolled-back or never-committed transaction is safe to run again because the body records
   * its message ids in the same transaction. Follows causes and, for JDBC batches, {@link
   * SQLException#getNextException()}, where PgJDBC puts the server's error.
   */
  public static boolean isRetryable(Throwable failure) {
    for (SQLException sql : chain(failure)) {
      if (sql instanceof SQLTransientException || sql instanceof SQLRecoverableException) {
        return true;
      }
      String state = sql.getSQLState();
      if (state != null && isRetryableState(state)) {
        return true;
      }
    }
    return false;
  }

  /** The first SQLSTATE in the cause / next-exception chain, or null. */
  public static String stateOf(Throwable failure) {
    for (SQLException sql : chain(failure)) {
      if (sql.getSQLState() != null) {
        return sql.getSQLState();
      }
    }
    return null;
  }

  /** Whether any SQLException in the chain has {@code state}. */
  public static boolean hasState(Throwable failure, String state) {
    for (SQLException sql : chain(failure)) {
      if (state.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  static boolean isRetryableState(String state) {
    return state.equals(SERIALIZATION_FAILURE)
        || state.equals(DEADLOCK_DETECTED)
        || state.equals(STATEMENT_COMPLETION_UNKNOWN)
        || state.startsWith("08")
        || state.startsWith("53")
        || state.equals("57P01")
        || state.equals("57P02")
        || state.equals("57P03");
  }

  private static List<SQLException> chain(Throwable failure) {
    List<SQLException> found = new ArrayList<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    collect(failure, found, seen);
    return found;
  }

  @SuppressWarnings("ReferenceEquality") // walking exception chains: identity is what ends a loop
  private static void collect(Throwable t, List<SQLException> found, Set<Throwable> seen) {
    while (t != null && seen.add(t)) {
      if (t instanceof SQLException sql) {
        found.add(sql);
        SQLException next = sql.getNextException();
        if (next != null && next != t) {
          collect(next, found, seen);
        }
      }
      t = t.getCause();
    }
  }
}
