package dev.walletplatform.domain.id;

import dev.walletplatform.domain.error.ErrorCode;
import dev.walletplatform.domain.error.InvalidInputException;
import java.util.regex.Pattern;

/** A wallet's id: 3-64 characters of letters, digits, '-' or '_'. Also the Kafka partition key. */
public record WalletId(String value) {
  static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{2,63}");

  public WalletId {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("wallet id must match " + FORMAT + ", was: " + value);
    }
  }

  /** Parses client input, reporting {@link ErrorCode#INVALID_WALLET_ID} against {@code field}. */
  public static WalletId parse(String text, String field) {
    if (text == null) {
      throw new InvalidInputException(ErrorCode.MISSING_FIELD, field, field + " is required");
    }
    if (!FORMAT.matcher(text).matches()) {
      throw new InvalidInputException(
          ErrorCode.INVALID_WALLET_ID,
          field,
          field + " must be 3-64 characters of A-Z, a-z, 0-9, '-', '_'");
    }
    return new WalletId(text);
  }

  @Override
  public String toString() {
    return value;
  }
}
