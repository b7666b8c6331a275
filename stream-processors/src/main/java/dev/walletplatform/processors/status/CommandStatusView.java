package dev.walletplatform.processors.status;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Locale;

/**
 * The JSON of {@code GET /internal/v1/command-status/{id}}: the wallet service reads it, and one
 * instance reads another's when it forwards a query to the owner of the id. Add fields, never
 * rename.
 *
 * @param status "accepted", "applied" or "rejected"
 * @param reasonCode a RejectionReason name when rejected (by the ledger or by screening)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CommandStatusView(
    @JsonProperty("command_id") String commandId,
    @JsonProperty("status") String status,
    @JsonProperty("reason_code") String reasonCode,
    @JsonProperty("kind") String kind,
    @JsonProperty("wallet") String wallet,
    @JsonProperty("accepted_at") Instant acceptedAt,
    @JsonProperty("decided_at") Instant decidedAt,
    @JsonProperty("served_by") String servedBy) {

  @JsonCreator
  public CommandStatusView {}

  public static CommandStatusView of(CommandStatus status, String servedBy) {
    return new CommandStatusView(
        status.commandId(),
        status.state().name().toLowerCase(Locale.ROOT),
        status.reasonCode(),
        status.kind(),
        status.wallet(),
        status.acceptedAt(),
        status.decidedAt(),
        servedBy);
  }

  CommandStatus toStatus() {
    return new CommandStatus(
        commandId,
        CommandStatus.State.valueOf(status.toUpperCase(Locale.ROOT)),
        kind,
        wallet,
        reasonCode,
        acceptedAt,
        decidedAt);
  }
}
