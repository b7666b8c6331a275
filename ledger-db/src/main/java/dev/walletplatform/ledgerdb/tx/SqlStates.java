package dev.walletplatform.ledgerdb.tx;

import java.sql.SQLException;

/** Which SQLSTATEs mean "run the transaction again" rather than "this can never work". */
public final class SqlStates {
  public static final String SERIALIZATION_FAILURE = "40001";
  public static final String DEADLOCK_DETECTED = "40P01";
  public static final String UNIQUE_VIOLATION = "23505";
  public static final String CHECK_VIOLATION = "23514";

  private SqlStates() {}

  /**
   * 40001 and 40P01: another transaction won; class 08: the connection broke (a database restart),
   * and a rolled-back or never-committed transaction is safe to run again because the body records
   * its message ids in the same transaction.
   */
  public static boolean isRetryable(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.equals(SERIALIZATION_FAILURE) || state.equals(DEADLOCK_DETECTED) || state.startsWith("08")) {
          return true;
        }
      }
    }
    return false;
  }
}
