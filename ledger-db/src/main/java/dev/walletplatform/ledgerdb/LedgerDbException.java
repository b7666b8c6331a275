package dev.walletplatform.ledgerdb;

/**
 * Root of this module's errors; messages carry the pool or transaction state that explains them.
 */
public class LedgerDbException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LedgerDbException(String message, Throwable cause) {
    super(message, cause);
  }
}
