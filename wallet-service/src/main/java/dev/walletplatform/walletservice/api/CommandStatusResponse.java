package dev.walletplatform.walletservice.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.walletplatform.domain.ledger.RejectionReason;
import dev.walletplatform.kit.status.CommandStatusView;
import dev.walletplatform.walletservice.db.ProcessedCommandRow;
import java.util.Locale;

/**
 * GET /v1/commands/{command_id}.
 *
 * @param status "accepted" (in Kafka, not decided yet), "applied" or "rejected"
 * @param reason why it was rejected (by the ledger or by abuse screening); null otherwise
 * @param processedAt when it was decided; null while accepted
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
      return new Reason(code, "Rejected (" + code + ").");
    }
  }

  static CommandStatusResponse of(CommandStatusView viewed) {
    boolean rejected = "rejected".equals(viewed.status());
    return new CommandStatusResponse(
        viewed.commandId(),
        viewed.status(),
        rejected
            ? Reason.of(viewed.reasonCode() == null ? "UNSPECIFIED" : viewed.reasonCode())
            : null,
        "accepted".equals(viewed.status()) || viewed.decidedAt() == null
            ? null
            : viewed.decidedAt().toString());
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
