package dev.walletplatform.walletservice.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletplatform.domain.money.AssetCatalog;
import dev.walletplatform.walletservice.WalletServiceException;
import dev.walletplatform.walletservice.db.LedgerEntryRow;
import java.math.BigInteger;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AmountRenderingTest {
  private final LedgerAmounts amounts = new LedgerAmounts(AssetCatalog.defaults());

  @Test
  void rendersOneWeiExactly() {
    assertThat(balance("ETH", "1").amount()).isEqualTo("0.000000000000000001");
  }

  @Test
  void rendersThirtyEightDigitWeiAmountsWithoutRoundingOrExponent() {
    String max = "9".repeat(38);
    BalancesResponse.Balance balance = balance("ETH", max);
    assertThat(balance.amount()).isEqualTo("99999999999999999999.999999999999999999");
    assertThat(balance.amountMinor()).isEqualTo(max);
  }

  @Test
  void rendersWholeAmountsWithoutTrailingZerosOrScientificNotation() {
    assertThat(balance("ETH", "100000000000000000000").amount()).isEqualTo("100");
    assertThat(balance("BTC", "1500000").amount()).isEqualTo("0.015");
    assertThat(balance("USDC", "0").amount()).isEqualTo("0");
  }

  @Test
  void rendersDebitsAsSignedDecimalsAndKeepsBalanceAfter() {
    LedgerEntryRow row =
        new LedgerEntryRow(
            7,
            UUID.randomUUID(),
            UUID.randomUUID(),
            "TRANSFER_OUT",
            "ETH",
            new BigInteger("-123456789012345678901"),
            new BigInteger("5"),
            "bob",
            Instant.parse("2025-01-31T12:00:00.123Z"));
    TransactionPage.Item item = TransactionPage.Item.of(row, amounts);
    assertThat(item.amount()).isEqualTo("-123.456789012345678901");
    assertThat(item.balanceAfter()).isEqualTo("0.000000000000000005");
    assertThat(item.type()).isEqualTo("transfer_out");
    assertThat(item.createdAt()).isEqualTo("2025-01-31T12:00:00.123Z");
  }

  @Test
  void failsLoudlyOnAnAssetTheCatalogDoesNotList() {
    assertThatThrownBy(() -> amounts.money("DOGE", BigInteger.ONE))
        .isInstanceOf(WalletServiceException.class)
        .hasMessageContaining("DOGE");
  }

  private BalancesResponse.Balance balance(String asset, String minor) {
    return BalancesResponse.Balance.of(amounts.money(asset, new BigInteger(minor)));
  }
}
