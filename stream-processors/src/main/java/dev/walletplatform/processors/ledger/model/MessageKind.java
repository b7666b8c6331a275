package dev.walletplatform.processors.ledger.model;

/**
 * What a message asks of the ledger; the name is published as {@code CommandResult.message_kind}.
 */
public enum MessageKind {
  TRANSFER,
  WITHDRAWAL,
  GIVEAWAY_CLAIM,
  WALLET_OPENED,
  DEPOSIT,
  WITHDRAWAL_SETTLED,
  WITHDRAWAL_FAILED,
  CAMPAIGN_OPENED
}
