package dev.walletplatform.walletservice.db;

import java.time.Instant;
import java.util.UUID;

/**
 * One {@code processed_messages} row: the ledger's decision on a command.
 *
 * @param status APPLIED or REJECTED
 * @param reasonCode a {@link dev.walletplatform.domain.ledger.RejectionReason} name when rejected, else null
 */
public record ProcessedCommandRow(UUID messageId, String status, String reasonCode, Instant processedAt) {}
