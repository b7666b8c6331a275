package dev.walletplatform.walletctl;

/** A topic, partition, group or dead letter named on the command line does not exist. */
public class NotFoundException extends WalletctlException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(ExitCode.NOT_FOUND, message);
  }

  public NotFoundException(String message, Throwable cause) {
    super(ExitCode.NOT_FOUND, message, cause);
  }
}
