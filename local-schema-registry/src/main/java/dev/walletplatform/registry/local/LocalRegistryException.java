package dev.walletplatform.registry.local;

/** Root of this module's errors: the registry cannot start, or its Kafka store failed. */
class LocalRegistryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LocalRegistryException(String message) {
    super(message);
  }

  public LocalRegistryException(String message, Throwable cause) {
    super(message, cause);
  }
}
