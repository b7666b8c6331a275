package dev.walletplatform.processors.ledger.rules;

import dev.walletplatform.processors.ledger.model.Outcome;

/**
 * A processed_messages row as the batch needs it: the stored outcome (re-published on redelivery)
 * and the request hash (a different hash means the idempotency key was reused for another body).
 */
public record ProcessedRecord(Outcome outcome, String requestHash) {}
