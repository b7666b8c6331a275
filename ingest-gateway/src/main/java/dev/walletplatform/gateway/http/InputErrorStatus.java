package dev.walletplatform.gateway.http;

import dev.walletplatform.domain.error.ErrorCode;

/**
 * The HTTP status of each input error of a command: 400 when the request's shape is wrong (not
 * JSON, wrong fields or types, bad header), 409 for a reused Idempotency-Key, 422 when the shape is
 * right but a value breaks a rule. A code added to the domain later defaults to 422.
 */
public final class InputErrorStatus {
  private InputErrorStatus() {}

  public static int of(ErrorCode code) {
    return switch (code) {
      case MALFORMED_JSON,
          UNKNOWN_FIELD,
          DUPLICATE_FIELD,
          MISSING_FIELD,
          WRONG_TYPE,
          MISSING_IDEMPOTENCY_KEY,
          INVALID_IDEMPOTENCY_KEY,
          INVALID_DEVICE_ID ->
          400;
      case IDEMPOTENCY_KEY_REUSED -> 409;
      default -> 422;
    };
  }
}
