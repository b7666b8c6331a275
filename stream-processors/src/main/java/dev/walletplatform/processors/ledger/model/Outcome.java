package dev.walletplatform.processors.ledger.model;

import java.time.Instant;
import java.util.UUID;

/**
 * The ledger's decision on one message, as stored in processed_messages and published on the
 * results topic.
 *
 * @param reasonCode a {@link dev.walletplatform.domain.ledger.RejectionReason} name when rejected
 */
public record Outcome(
    UUID messageId,
    String kind,
    String subject,
    Status status,
    String reasonCode,
    Instant processedAt) {

  public enum Status {
    APPLIED,
    REJECTED
  }

  public boolean applied() {
    return status == Status.APPLIED;
  }
}
