package dev.walletplatform.processors.ledger.rules;

/** ledger_entries.entry_type: why money moved. Stored as text; add values, never rename them. */
public enum EntryType {
  DEPOSIT,
  TRANSFER,
  WITHDRAWAL_HOLD,
  WITHDRAWAL_SETTLEMENT,
  WITHDRAWAL_REFUND,
  CAMPAIGN_FUNDING,
  GIVEAWAY_CLAIM
}
