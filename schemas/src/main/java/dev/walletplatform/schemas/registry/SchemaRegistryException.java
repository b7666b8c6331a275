package dev.walletplatform.schemas.registry;

import dev.walletplatform.schemas.SchemaException;

/** The registry refused a call or could not be reached; carries the URL, status and its answer. */
public class SchemaRegistryException extends SchemaException {
  private static final long serialVersionUID = 1L;

  private final int status;

  public SchemaRegistryException(String message, int status, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** The HTTP status the registry answered, or -1 when it was not reached. */
  public int status() {
    return status;
  }
}
