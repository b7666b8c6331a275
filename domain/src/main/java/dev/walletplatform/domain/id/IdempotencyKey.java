package dev.walletplatform.domain.id;

import dev.walletplatform.domain.error.ErrorCode;
import dev.walletplatform.domain.error.InvalidInputException;
import java.util.regex.Pattern;

/** The client's idempotency key: 8-128 printable ASCII characters without spaces. */
public record IdempotencyKey(String value) {
  public static final String HEADER = "Idempotency-Key";
  private static final Pattern FORMAT = Pattern.compile("[\\x21-\\x7E]{8,128}");

  public IdempotencyKey {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "idempotency key must be 8-128 printable ASCII characters");
    }
  }

  public static IdempotencyKey parse(String header) {
    if (header == null || header.isEmpty()) {
      throw new InvalidInputException(
          ErrorCode.MISSING_IDEMPOTENCY_KEY, HEADER, "the " + HEADER + " header is required");
    }
    if (!FORMAT.matcher(header).matches()) {
      throw new InvalidInputException(
          ErrorCode.INVALID_IDEMPOTENCY_KEY,
          HEADER,
          HEADER + " must be 8-128 printable ASCII characters without spaces");
    }
    return new IdempotencyKey(header);
  }
}
