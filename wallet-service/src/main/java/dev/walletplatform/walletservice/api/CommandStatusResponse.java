package dev.walletplatform.walletservice.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.walletplatform.domain.ledger.RejectionReason;
import dev.walletplatform.walletservice.db.ProcessedCommandRow;
import java.util.Locale;

/**
 * GET /v1/commands/{command_id}: the ledger's decision.
 *
 * @param status "applied" or "rejected" ("accepted" comes with the live status view)
 * @param reason why it was rejected; null when applied
 */
public record CommandStatusResponse(
    @JsonProperty("command_id") String commandId,
    @JsonProperty("status") String status,
    @JsonProperty("reason") Reason reason,
    @JsonProperty("processed_at") String processedAt) {

  /** A {@link RejectionReason} name and its description. */
  public record Reason(@JsonProperty("code") String code, @JsonProperty("message") String message) {
    static Reason of(String code) {
      for (RejectionReason known : RejectionReason.values()) {
        if (known.name().equals(code)) {
          return new Reason(code, known.description());
        }
      }
      // a reason newer than this build: still show its code rather than hide the rejection
      return new Reason(code, "Rejected by the ledger (" + code + ").");
    }
  }

  static CommandStatusResponse of(ProcessedCommandRow row) {
    boolean rejected = "REJECTED".equals(row.status());
    return new CommandStatusResponse(
        row.messageId().toString(),
        row.status().toLowerCase(Locale.ROOT),
        rejected ? Reason.of(row.reasonCode() == null ? "UNSPECIFIED" : row.reasonCode()) : null,
        row.processedAt().toString());
  }
}
