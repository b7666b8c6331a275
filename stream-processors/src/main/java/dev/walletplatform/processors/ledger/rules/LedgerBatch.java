package dev.walletplatform.processors.ledger.rules;

import dev.walletplatform.processors.ledger.model.LedgerMessage;
import dev.walletplatform.processors.ledger.model.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides a batch in record order over a {@link BatchState}: a message whose id was already decided
 * keeps its stored outcome and changes nothing; a command id seen again with another request hash
 * is a reused idempotency key and is never applied.
 */
public final class LedgerBatch {
  private final LedgerRules rules;

  public LedgerBatch(LedgerRules rules) {
    this.rules = rules;
  }

  /** How a message of the batch was handled: drives metrics and logs, not the outcome. */
  public enum Disposition {
    DECIDED,
    REDELIVERED,
    HASH_CONFLICT
  }

  public record Handled(LedgerMessage message, Outcome outcome, Disposition disposition) {}

  public record Result(List<Handled> handled, LedgerChanges changes) {}

  public Result decide(List<LedgerMessage> messages, BatchState state) {
    List<Handled> handled = new ArrayList<>(messages.size());
    for (LedgerMessage message : messages) {
      Optional<ProcessedRecord> prior = state.processed(message.id());
      if (prior.isPresent()) {
        handled.add(
            new Handled(message, prior.get().outcome(), dispositionOfRepeat(message, prior.get())));
      } else {
        Outcome outcome = state.record(message, rules.decide(message, state));
        handled.add(new Handled(message, outcome, Disposition.DECIDED));
      }
    }
    return new Result(List.copyOf(handled), state.changes());
  }

  private static Disposition dispositionOfRepeat(LedgerMessage message, ProcessedRecord prior) {
    boolean sameBody =
        message.request() == null || Objects.equals(prior.requestHash(), message.requestHash());
    return sameBody ? Disposition.REDELIVERED : Disposition.HASH_CONFLICT;
  }

  public LedgerRules rules() {
    return rules;
  }
}
