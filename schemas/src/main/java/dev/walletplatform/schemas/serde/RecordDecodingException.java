package dev.walletplatform.schemas.serde;

import dev.walletplatform.schemas.SchemaException;

/**
 * Bytes on a topic that are not a record of the expected contract: poison, for the dead-letter
 * topic.
 */
public class RecordDecodingException extends SchemaException {
  private static final long serialVersionUID = 1L;

  public RecordDecodingException(String message) {
    super(message);
  }

  public RecordDecodingException(String message, Throwable cause) {
    super(message, cause);
  }
}
