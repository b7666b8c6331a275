package dev.walletplatform.bench;

/**
 * The benchmark's one root exception: a step that could not run, with the state that explains why.
 */
public class BenchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BenchException(String message) {
    super(message);
  }

  public BenchException(String message, Throwable cause) {
    super(message, cause);
  }
}
