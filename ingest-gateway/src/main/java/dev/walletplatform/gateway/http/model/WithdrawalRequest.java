package dev.walletplatform.gateway.http.model;

import java.util.List;
import java.util.Map;

/** Body of {@code POST /v1/withdrawals}: every field a JSON string, the amount in major units. */
public record WithdrawalRequest(String wallet, String asset, String amount, String destination) {
  /** The fields the body must have, and may only have, in contract order. */
  public static final List<String> FIELDS = List.of("wallet", "asset", "amount", "destination");

  public static WithdrawalRequest from(Map<String, String> fields) {
    return new WithdrawalRequest(
        fields.get("wallet"), fields.get("asset"), fields.get("amount"), fields.get("destination"));
  }
}
