package dev.walletplatform.schemas;

/** Root of this module's errors: a record or schema that cannot be written, read or registered. */
public class SchemaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SchemaException(String message) {
    super(message);
  }

  public SchemaException(String message, Throwable cause) {
    super(message, cause);
  }
}
