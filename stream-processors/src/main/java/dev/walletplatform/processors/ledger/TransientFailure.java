package dev.walletplatform.processors.ledger;

import dev.walletplatform.processors.ProcessorsException;

/**
 * A batch could not complete for a reason outside its records (database down, registry unreachable,
 * Kafka not acknowledging): nothing is committed, the loop backs off and runs the batch again.
 * Never a reason to dead-letter.
 */
class TransientFailure extends ProcessorsException {
  private static final long serialVersionUID = 1L;

  public TransientFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
