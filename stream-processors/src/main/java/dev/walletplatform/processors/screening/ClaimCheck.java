package dev.walletplatform.processors.screening;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A claim sent to the task that counts its device's claims (repartitioned by {@link #deviceKey()}):
 * a device's claims are for many wallets, so many wallet partitions, and only one task may count
 * them.
 */
record ClaimCheck(
    @JsonProperty("commandId") String commandId,
    @JsonProperty("wallet") String wallet,
    @JsonProperty("campaignId") String campaignId,
    @JsonProperty("deviceKey") String deviceKey,
    @JsonProperty("acceptedAt") Instant acceptedAt) {

  /** campaign|device:<X-Device-Id> or campaign|client:<client id>: what one limit counts. */
  static String deviceKey(String campaignId, String deviceId, String clientId) {
    return campaignId + "|" + (deviceId != null ? "device:" + deviceId : "client:" + clientId);
  }
}
