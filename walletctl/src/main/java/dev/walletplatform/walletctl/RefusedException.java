package dev.walletplatform.walletctl;

/**
 * The command would be unsafe now (an active group, a topic whose consumers do not deduplicate, an
 * oversized window); nothing was changed.
 */
public class RefusedException extends WalletctlException {
  private static final long serialVersionUID = 1L;

  public RefusedException(String message) {
    super(ExitCode.REFUSED, message);
  }

  public RefusedException(String message, Throwable cause) {
    super(ExitCode.REFUSED, message, cause);
  }
}
