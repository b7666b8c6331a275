package dev.walletplatform.walletctl;

/** The operator's input is wrong (a time, a window, a JSON value); nothing was changed. */
public class UsageException extends WalletctlException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(ExitCode.USAGE, message);
  }

  public UsageException(String message, Throwable cause) {
    super(ExitCode.USAGE, message, cause);
  }
}
