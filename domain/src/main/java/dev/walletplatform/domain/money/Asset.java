package dev.walletplatform.domain.money;

import java.util.regex.Pattern;

/** An asset the platform holds, with the number of decimals of its minor unit (BTC 8, ETH 18). */
public record Asset(String code, int decimals) {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,9}");

  public Asset {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("asset code must match " + CODE + ", was: " + code);
    }
    if (decimals < 0 || decimals > 18) {
      throw new IllegalArgumentException(
          "asset " + code + " decimals must be 0..18, was: " + decimals);
    }
  }
}
