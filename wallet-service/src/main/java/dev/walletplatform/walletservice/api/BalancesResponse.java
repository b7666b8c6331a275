package dev.walletplatform.walletservice.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.walletplatform.domain.money.Money;
import java.util.List;

/**
 * GET /v1/wallets/{wallet}/balances. Amounts are strings: JSON numbers lose precision past 2^53.
 */
public record BalancesResponse(
    @JsonProperty("wallet") String wallet, @JsonProperty("balances") List<Balance> balances) {
  public BalancesResponse {
    balances = List.copyOf(balances);
  }

  /**
   * @param amount in major units as clients write it ("0.015")
   * @param amountMinor the exact integer in the asset's minor unit ("1500000")
   */
  public record Balance(
      @JsonProperty("asset") String asset,
      @JsonProperty("amount") String amount,
      @JsonProperty("amount_minor") String amountMinor) {
    public static Balance of(Money money) {
      return new Balance(
          money.asset().code(), money.toDecimalString(), money.minorUnits().toString());
    }
  }
}
