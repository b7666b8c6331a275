package dev.walletplatform.walletservice.db;

import java.math.BigInteger;
import java.time.Instant;
import java.util.UUID;

/**
 * One {@code ledger_entries} row.
 *
 * @param entrySeq the wallet's own entry number: the key history pages on
 * @param messageId the command or event that made the entry (its command id)
 * @param amountMinor signed: credits positive, debits negative
 */
public record LedgerEntryRow(
    long entrySeq,
    UUID entryId,
    UUID messageId,
    String entryType,
    String asset,
    BigInteger amountMinor,
    BigInteger balanceAfterMinor,
    String counterparty,
    Instant createdAt) {}
