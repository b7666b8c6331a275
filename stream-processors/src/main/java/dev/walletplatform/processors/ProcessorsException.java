package dev.walletplatform.processors;

/**
 * Root of this module's errors; messages carry the state (topic, partition, offset, pool) that
 * explains them.
 */
public class ProcessorsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ProcessorsException(String message) {
    super(message);
  }

  public ProcessorsException(String message, Throwable cause) {
    super(message, cause);
  }
}
