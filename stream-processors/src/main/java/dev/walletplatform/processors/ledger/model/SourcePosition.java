package dev.walletplatform.processors.ledger.model;

/** Where a message was read: kept in processed_messages and in dead-letter headers. */
public record SourcePosition(String topic, int partition, long offset) {
  @Override
  public String toString() {
    return topic + "-" + partition + "@" + offset;
  }
}
