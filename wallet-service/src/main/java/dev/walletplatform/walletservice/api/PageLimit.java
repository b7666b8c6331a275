package dev.walletplatform.walletservice.api;

import dev.walletplatform.domain.error.ErrorCode;
import dev.walletplatform.domain.error.InvalidInputException;
import java.util.regex.Pattern;

/** The {@code limit} query parameter: 1..200 entries per page, 50 when absent. */
record PageLimit(int value) {
  public static final int DEFAULT = 50;
  public static final int MAX = 200;
  // Digits only: Integer.parseInt would also take "+5" and "٥" (Arabic-Indic five).
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,4}");

  public PageLimit {
    if (value < 1 || value > MAX) {
      throw new IllegalArgumentException("limit must be 1.." + MAX + ", was: " + value);
    }
  }

  /** Parses the raw parameter; null or empty means {@link #DEFAULT}. */
  public static PageLimit parse(String text) {
    if (text == null || text.isEmpty()) {
      return new PageLimit(DEFAULT);
    }
    if (!DIGITS.matcher(text).matches()
        || Integer.parseInt(text) < 1
        || Integer.parseInt(text) > MAX) {
      throw new InvalidInputException(
          ErrorCode.INVALID_LIMIT,
          "limit",
          "limit must be an integer from 1 to " + MAX + " (default " + DEFAULT + ")");
    }
    return new PageLimit(Integer.parseInt(text));
  }
}
