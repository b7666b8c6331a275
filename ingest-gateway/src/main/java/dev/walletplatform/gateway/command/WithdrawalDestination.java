package dev.walletplatform.gateway.command;

import dev.walletplatform.domain.error.ErrorCode;
import dev.walletplatform.domain.error.InvalidInputException;
import java.util.regex.Pattern;

/**
 * Where a withdrawal goes: a chain address or external account reference. The gateway checks only
 * the shape (10-128 printable ASCII, no spaces); the payout service checks the address itself.
 */
public record WithdrawalDestination(String value) {
  private static final Pattern FORMAT = Pattern.compile("[\\x21-\\x7E]{10,128}");

  public WithdrawalDestination {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("destination must match " + FORMAT);
    }
  }

  public static WithdrawalDestination parse(String text, String field) {
    if (text == null) {
      throw new InvalidInputException(ErrorCode.MISSING_FIELD, field, field + " is required");
    }
    if (!FORMAT.matcher(text).matches()) {
      throw new InvalidInputException(
          ErrorCode.INVALID_DESTINATION,
          field,
          field
              + " must be 10-128 printable ASCII characters without spaces, was "
              + text.length()
              + " characters");
    }
    return new WithdrawalDestination(text);
  }
}
