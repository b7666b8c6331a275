package dev.walletplatform.infra;

/**
 * Root of every failure raised by this module. Unchecked because callers (tests, the local runtime)
 * cannot recover from a server that will not start; the message carries the state that explains the
 * failure (ports, pid, exit code, log tail).
 */
public class InfraException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InfraException(String message) {
    super(message);
  }

  public InfraException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Restores the interrupt flag, so an interrupted wait still stops the caller's thread. */
  public static InfraException interrupted(String whileDoing, InterruptedException cause) {
    Thread.currentThread().interrupt();
    return new InfraException("interrupted while " + whileDoing, cause);
  }
}
