package dev.walletplatform.processors.ledger.rules;

/** Primary key of a giveaway_claims row: one claim per wallet per campaign. */
public record ClaimKey(String campaignId, String walletId) {}
