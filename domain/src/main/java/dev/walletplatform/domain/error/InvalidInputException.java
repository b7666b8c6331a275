package dev.walletplatform.domain.error;

import java.util.Objects;

/** Input that breaks the contract; carries the code, the offending field and why. */
public class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;
  private final String field;

  public InvalidInputException(ErrorCode code, String field, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
    this.field = field;
  }

  public ErrorCode code() {
    return code;
  }

  /** The JSON field or header at fault, or null when the whole request is. */
  public String field() {
    return field;
  }
}
