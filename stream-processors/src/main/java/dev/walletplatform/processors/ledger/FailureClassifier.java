package dev.walletplatform.processors.ledger;

import dev.walletplatform.ledgerdb.tx.SqlStates;
import dev.walletplatform.ledgerdb.tx.TransientDatabaseException;
import java.sql.SQLException;

/**
 * Decides whether a failed batch can be blamed on its records. Only then is it re-run record by
 * record and the culprit dead-lettered; anything else (a missing table, bad credentials, an
 * unreachable server) would condemn every record in turn, so it is treated as transient instead:
 * the batch waits and runs again, and an operator sees the error in the logs and metrics.
 */
final class FailureClassifier {
  private FailureClassifier() {}

  static boolean isRecordFault(Throwable failure) {
    if (failure instanceof TransientFailure || failure instanceof TransientDatabaseException) {
      return false;
    }
    String state = SqlStates.stateOf(failure);
    if (state != null) {
      // class 22: data exception (value too long, numeric overflow); class 23: a constraint refused
      // the data
      return state.startsWith("22") || state.startsWith("23");
    }
    // an SQLException without SQLSTATE is the driver's or pool's trouble, not the record's
    return !hasSqlException(failure);
  }

  private static boolean hasSqlException(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException) {
        return true;
      }
    }
    return false;
  }
}
