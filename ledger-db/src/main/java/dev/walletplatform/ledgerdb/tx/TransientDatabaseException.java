package dev.walletplatform.ledgerdb.tx;

import dev.walletplatform.ledgerdb.LedgerDbException;

/**
 * The transaction never committed for a reason that is not the data's fault: every attempt hit a
 * retryable error (the database is down, restarting or overloaded) or the thread was interrupted
 * while backing off. Callers wait and try again later; they must never treat the input as poison.
 */
public class TransientDatabaseException extends LedgerDbException {
  private static final long serialVersionUID = 1L;

  public TransientDatabaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
