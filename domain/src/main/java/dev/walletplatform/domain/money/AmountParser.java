package dev.walletplatform.domain.money;

import dev.walletplatform.domain.error.ErrorCode;
import dev.walletplatform.domain.error.InvalidInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Parses the amount a client sends — a JSON string in major units such as "0.015" — into exact
 * minor units. Strict on purpose: no sign, no exponent, no leading zeros, no more decimals than the
 * asset has, positive, at most 38 digits in minor units.
 */
public final class AmountParser {
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]+)?");

  /** Longer text cannot be a valid amount; refusing it early bounds the regex work. */
  private static final int MAX_TEXT_LENGTH = 64;

  private AmountParser() {}

  public static Money parse(String text, Asset asset, String field) {
    if (text == null || text.isEmpty()) {
      throw new InvalidInputException(ErrorCode.MISSING_FIELD, field, field + " is required");
    }
    if (text.length() > MAX_TEXT_LENGTH || !PLAIN_DECIMAL.matcher(text).matches()) {
      throw new InvalidInputException(
          ErrorCode.INVALID_AMOUNT,
          field,
          field
              + " must be a plain positive decimal string like \"0.015\", was: "
              + abbreviate(text));
    }
    BigDecimal major = new BigDecimal(text);
    if (major.scale() > asset.decimals()) {
      throw new InvalidInputException(
          ErrorCode.AMOUNT_TOO_PRECISE,
          field,
          field
              + " has "
              + major.scale()
              + " decimals but "
              + asset.code()
              + " has "
              + asset.decimals());
    }
    BigInteger minor = major.movePointRight(asset.decimals()).toBigIntegerExact();
    if (minor.signum() <= 0) {
      throw new InvalidInputException(
          ErrorCode.INVALID_AMOUNT, field, field + " must be greater than zero");
    }
    if (minor.toString().length() > Money.MAX_DIGITS) {
      throw new InvalidInputException(
          ErrorCode.AMOUNT_TOO_LARGE,
          field,
          field + " exceeds " + Money.MAX_DIGITS + " digits in " + asset.code() + " minor units");
    }
    return new Money(asset, minor);
  }

  private static String abbreviate(String text) {
    return text.length() <= MAX_TEXT_LENGTH
        ? "\"" + text + "\""
        : "\"" + text.substring(0, MAX_TEXT_LENGTH) + "…\"";
  }
}
