package dev.walletplatform.walletservice.db;

import dev.walletplatform.walletservice.WalletServiceException;

/**
 * A query failed for a reason retrying will not fix (bad SQL, schema drift): a bug, answered 500.
 */
final class LedgerReadException extends WalletServiceException {
  private static final long serialVersionUID = 1L;

  public LedgerReadException(String message, Throwable cause) {
    super(message, cause);
  }
}
