package dev.walletplatform.walletctl;

/**
 * Kafka, the schema registry or the database did not answer; nothing is known to have changed
 * unless the message says so.
 */
public class UnreachableException extends WalletctlException {
  private static final long serialVersionUID = 1L;

  public UnreachableException(String message) {
    super(ExitCode.UNREACHABLE, message);
  }

  public UnreachableException(String message, Throwable cause) {
    super(ExitCode.UNREACHABLE, message, cause);
  }
}
