package dev.walletplatform.walletctl;

/**
 * Root of walletctl's errors: every one carries the exit code it ends the process with and a
 * message that says what was asked, what was found and what to do next.
 */
public class WalletctlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ExitCode exitCode;

  public WalletctlException(ExitCode exitCode, String message) {
    this(exitCode, message, null);
  }

  public WalletctlException(ExitCode exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public ExitCode exitCode() {
    return exitCode;
  }
}
