package dev.walletplatform.walletctl;

/**
 * Records were produced but the read-only ledger proof afterwards did not hold or did not finish in
 * time.
 */
public class VerificationFailedException extends WalletctlException {
  private static final long serialVersionUID = 1L;

  public VerificationFailedException(String message) {
    super(ExitCode.VERIFICATION_FAILED, message);
  }

  public VerificationFailedException(String message, Throwable cause) {
    super(ExitCode.VERIFICATION_FAILED, message, cause);
  }
}
