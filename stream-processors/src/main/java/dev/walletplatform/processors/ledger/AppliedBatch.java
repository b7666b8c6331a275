package dev.walletplatform.processors.ledger;

import dev.walletplatform.processors.deadletter.DeadLetter;
import dev.walletplatform.processors.ledger.rules.LedgerBatch;
import java.util.List;

/**
 * What became of a consumed batch once the database committed: outcomes to publish, records to
 * dead-letter.
 */
public record AppliedBatch(List<LedgerBatch.Handled> handled, List<DeadLetter> deadLetters) {
  public AppliedBatch {
    handled = List.copyOf(handled);
    deadLetters = List.copyOf(deadLetters);
  }
}
