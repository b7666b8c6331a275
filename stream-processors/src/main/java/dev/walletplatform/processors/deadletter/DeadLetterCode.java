package dev.walletplatform.processors.deadletter;

/** Why a record went to the dead-letter topic: the value of the {@code dlq.error.code} header. */
public enum DeadLetterCode {
  /**
   * Not a message of the contract: wrong magic byte, unknown schema id, unreadable Avro, no value.
   */
  DECODING_FAILED,
  /**
   * Decoded, but applying it failed on its own (its batch was re-run record by record to find it).
   */
  APPLY_FAILED,
  /**
   * Decoded, but a Kafka Streams topology (screening, campaign budgets, status view) failed on it.
   */
  PROCESSING_FAILED
}
