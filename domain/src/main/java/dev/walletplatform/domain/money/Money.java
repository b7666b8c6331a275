package dev.walletplatform.domain.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An amount of one asset in its minor unit (satoshi, wei). Arithmetic is exact; a sum of two
 * different assets is a bug and throws.
 */
public record Money(Asset asset, BigInteger minorUnits) {
  /** 38 digits: what DECIMAL(38,0) columns and Avro decimal(38,0) hold. */
  public static final int MAX_DIGITS = 38;

  public Money {
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(minorUnits, "minorUnits");
    if (minorUnits.abs().toString().length() > MAX_DIGITS) {
      throw new ArithmeticException(
          "amount of " + asset.code() + " exceeds " + MAX_DIGITS + " digits: " + minorUnits);
    }
  }

  public static Money zero(Asset asset) {
    return new Money(asset, BigInteger.ZERO);
  }

  public Money plus(Money other) {
    requireSameAsset(other);
    return new Money(asset, minorUnits.add(other.minorUnits));
  }

  public Money minus(Money other) {
    requireSameAsset(other);
    return new Money(asset, minorUnits.subtract(other.minorUnits));
  }

  public boolean isNegative() {
    return minorUnits.signum() < 0;
  }

  public boolean isLessThan(Money other) {
    requireSameAsset(other);
    return minorUnits.compareTo(other.minorUnits) < 0;
  }

  /** The amount in major units as clients write it: "0.015" for 1,500,000 satoshi. */
  public String toDecimalString() {
    return new BigDecimal(minorUnits, asset.decimals()).stripTrailingZeros().toPlainString();
  }

  private void requireSameAsset(Money other) {
    if (!asset.equals(other.asset)) {
      throw new IllegalArgumentException(
          "cannot combine " + asset.code() + " with " + other.asset.code());
    }
  }
}
