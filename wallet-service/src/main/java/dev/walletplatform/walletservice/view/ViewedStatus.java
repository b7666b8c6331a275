package dev.walletplatform.walletservice.view;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * What the status view of stream-processors answers for a command id (its internal contract; fields
 * this service does not use are ignored, so the view may add some).
 *
 * @param status "accepted", "applied" or "rejected"
 * @param reasonCode a RejectionReason name when rejected, by the ledger or by screening
 * @param kind the command's kind ({@code TRANSFER}, {@code WITHDRAWAL}, {@code GIVEAWAY_CLAIM});
 *     null for a newer one
 * @param wallet the wallet the command debits or claims into: whose status it is
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ViewedStatus(
    @JsonProperty("command_id") String commandId,
    @JsonProperty("status") String status,
    @JsonProperty("reason_code") String reasonCode,
    @JsonProperty("kind") String kind,
    @JsonProperty("wallet") String wallet,
    @JsonProperty("accepted_at") Instant acceptedAt,
    @JsonProperty("decided_at") Instant decidedAt) {}
