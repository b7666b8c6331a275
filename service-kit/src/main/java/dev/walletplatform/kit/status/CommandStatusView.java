package dev.walletplatform.kit.status;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.Nullable;
import java.time.Instant;

/**
 * The JSON of {@code GET /internal/v1/command-status/{id}}: stream-processors writes it, the wallet
 * service reads it, and one processors instance reads another's when it forwards a query to the
 * owner of the id. Add fields, never rename; readers ignore fields they do not know, so a newer
 * writer can add some.
 *
 * <p>It lives in the kit because it is an HTTP contract between two services and the kit is the one
 * module both already depend on ({@code schemas} holds the Kafka contracts and the wallet service
 * does not depend on it); it names no class of either service.
 *
 * @param status "accepted", "applied" or "rejected"
 * @param reasonCode a RejectionReason name when rejected (by the ledger or by screening)
 * @param kind the command's kind ({@code TRANSFER}, {@code WITHDRAWAL}, {@code GIVEAWAY_CLAIM});
 *     null for a newer one
 * @param wallet the wallet the command debits or claims into: whose status it is
 * @param servedBy the processors instance whose store answered
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommandStatusView(
    @JsonProperty("command_id") String commandId,
    @JsonProperty("status") String status,
    @JsonProperty("reason_code") @Nullable String reasonCode,
    @JsonProperty("kind") @Nullable String kind,
    @JsonProperty("wallet") @Nullable String wallet,
    @JsonProperty("accepted_at") @Nullable Instant acceptedAt,
    @JsonProperty("decided_at") @Nullable Instant decidedAt,
    @JsonProperty("served_by") @Nullable String servedBy) {

  @JsonCreator
  public CommandStatusView {}
}
