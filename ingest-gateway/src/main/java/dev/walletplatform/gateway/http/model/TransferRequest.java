package dev.walletplatform.gateway.http.model;

import java.util.List;
import java.util.Map;

/** Body of {@code POST /v1/transfers}: every field a JSON string, the amount in major units. */
public record TransferRequest(String fromWallet, String toWallet, String asset, String amount) {
  /** The fields the body must have, and may only have, in contract order. */
  public static final List<String> FIELDS = List.of("from_wallet", "to_wallet", "asset", "amount");

  public static TransferRequest from(Map<String, String> fields) {
    return new TransferRequest(
        fields.get("from_wallet"),
        fields.get("to_wallet"),
        fields.get("asset"),
        fields.get("amount"));
  }
}
