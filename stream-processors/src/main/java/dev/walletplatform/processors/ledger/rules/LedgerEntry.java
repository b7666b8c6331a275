package dev.walletplatform.processors.ledger.rules;

import java.math.BigInteger;
import java.time.Instant;
import java.util.UUID;

/** One ledger_entries row: {@code amount} is negative for the debited side of a movement. */
public record LedgerEntry(
    String walletId,
    long entrySeq,
    UUID entryId,
    UUID movementId,
    UUID messageId,
    EntryType type,
    String asset,
    BigInteger amount,
    BigInteger balanceAfter,
    String counterparty,
    Instant createdAt) {}
