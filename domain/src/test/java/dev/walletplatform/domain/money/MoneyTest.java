package dev.walletplatform.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class MoneyTest {
  private static final Asset BTC = new Asset("BTC", 8);
  private static final Asset ETH = new Asset("ETH", 18);

  @Test
  void addsAndSubtractsExactlyBeyondLongRange() {
    Money big = new Money(ETH, new BigInteger("9".repeat(37)));
    Money one = new Money(ETH, BigInteger.ONE);
    assertThat(big.plus(one).minorUnits()).isEqualTo(new BigInteger("1" + "0".repeat(37)));
    assertThat(big.plus(one).minus(one)).isEqualTo(big);
  }

  @Test
  void refusesToMixAssets() {
    assertThatThrownBy(() -> Money.zero(BTC).plus(Money.zero(ETH)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BTC")
        .hasMessageContaining("ETH");
  }

  @Test
  void refusesMoreThan38Digits() {
    assertThatThrownBy(() -> new Money(ETH, new BigInteger("1" + "0".repeat(38))))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void comparesAndDetectsNegativeBalances() {
    Money ten = new Money(BTC, BigInteger.TEN);
    Money eleven = new Money(BTC, BigInteger.valueOf(11));
    assertThat(ten.isLessThan(eleven)).isTrue();
    assertThat(ten.minus(eleven).isNegative()).isTrue();
    assertThat(ten.toDecimalString()).isEqualTo("0.0000001");
  }
}
