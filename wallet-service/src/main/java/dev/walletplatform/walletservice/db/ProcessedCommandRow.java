package dev.walletplatform.walletservice.db;

import java.time.Instant;
import java.util.UUID;

/**
 * One {@code processed_messages} row: the ledger's decision on a command (or event).
 *
 * @param kind the message kind (TRANSFER, WITHDRAWAL, GIVEAWAY_CLAIM, DEPOSIT, …)
 * @param walletId the wallet the outcome is recorded under: a transfer's source, a claim's or
 *     withdrawal's wallet (a campaign id for a campaign opening)
 * @param status APPLIED or REJECTED
 * @param reasonCode a {@link dev.walletplatform.domain.ledger.RejectionReason} name when rejected,
 *     else null
 */
public record ProcessedCommandRow(
    UUID messageId,
    String kind,
    String walletId,
    String status,
    String reasonCode,
    Instant processedAt) {}
