package dev.walletplatform.walletservice;

/**
 * Root of this module's errors. Subclasses say what the client gets (not found, unauthenticated,
 * database unavailable); anything else is a bug and answers 500 with a logged error id.
 */
public class WalletServiceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public WalletServiceException(String message) {
    super(message);
  }

  public WalletServiceException(String message, Throwable cause) {
    super(message, cause);
  }
}
