package dev.walletplatform.gateway.http.model;

import java.util.List;
import java.util.Map;

/** Body of {@code POST /v1/giveaways/{campaign}/claims}: the wallet to credit. */
public record GiveawayClaimRequest(String wallet) {
  /** The fields the body must have, and may only have. */
  public static final List<String> FIELDS = List.of("wallet");

  public static GiveawayClaimRequest from(Map<String, String> fields) {
    return new GiveawayClaimRequest(fields.get("wallet"));
  }
}
