package dev.walletplatform.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletplatform.domain.error.ErrorCode;
import dev.walletplatform.domain.error.InvalidInputException;
import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountParserTest {
  private static final AssetCatalog ASSETS = AssetCatalog.defaults();

  @ParameterizedTest
  @CsvSource({
    "BTC, 1, 100000000",
    "BTC, 0.00000001, 1",
    "BTC, 0.015, 1500000",
    "BTC, 21000000.12345678, 2100000012345678",
    "USDC, 12.5, 12500000",
    "ETH, 1.000000000000000001, 1000000000000000001",
    "ETH, 99999999999999999999.999999999999999999, 99999999999999999999999999999999999999",
  })
  void parsesPlainDecimalsIntoExactMinorUnits(String asset, String text, String minor) {
    Money money = AmountParser.parse(text, ASSETS.require(asset, "asset"), "amount");
    assertThat(money.minorUnits()).isEqualTo(new BigInteger(minor));
    assertThat(money.toDecimalString())
        .isEqualTo(new java.math.BigDecimal(text).stripTrailingZeros().toPlainString());
  }

  @ParameterizedTest
  @CsvSource({
    "BTC, -1, INVALID_AMOUNT",
    "BTC, 0, INVALID_AMOUNT",
    "BTC, 0.00000000, INVALID_AMOUNT",
    "BTC, +1, INVALID_AMOUNT",
    "BTC, 1e8, INVALID_AMOUNT",
    "BTC, 1E-3, INVALID_AMOUNT",
    "BTC, 01, INVALID_AMOUNT",
    "BTC, .5, INVALID_AMOUNT",
    "BTC, 5., INVALID_AMOUNT",
    "BTC, ' 1', INVALID_AMOUNT",
    "BTC, 1 000, INVALID_AMOUNT",
    "BTC, '1,5', INVALID_AMOUNT",
    "BTC, NaN, INVALID_AMOUNT",
    "BTC, Infinity, INVALID_AMOUNT",
    "BTC, ０１, INVALID_AMOUNT",
    "BTC, 0.000000001, AMOUNT_TOO_PRECISE",
    "USDC, 1.0000001, AMOUNT_TOO_PRECISE",
    "ETH, 100000000000000000000, AMOUNT_TOO_LARGE",
  })
  void rejectsAmountsOutsideTheContract(String asset, String text, ErrorCode expected) {
    assertThatThrownBy(() -> AmountParser.parse(text, ASSETS.require(asset, "asset"), "amount"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo(expected);
              assertThat(e.field()).isEqualTo("amount");
            });
  }

  @org.junit.jupiter.api.Test
  void rejectsUnknownAssetNamingTheKnownOnes() {
    assertThatThrownBy(() -> ASSETS.require("DOGE", "asset"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_ASSET);
              assertThat(e.getMessage()).contains("BTC", "ETH", "USDC");
            });
  }
}
