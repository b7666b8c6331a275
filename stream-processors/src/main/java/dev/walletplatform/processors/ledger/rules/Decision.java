package dev.walletplatform.processors.ledger.rules;

import dev.walletplatform.domain.ledger.RejectionReason;
import java.util.List;
import java.util.Objects;

/** What the rules decided for one message: the effects to apply, or why nothing changes. */
public sealed interface Decision {
  record Apply(List<Effect> effects) implements Decision {
    public Apply {
      effects = List.copyOf(effects);
    }
  }

  record Reject(RejectionReason reason) implements Decision {
    public Reject {
      Objects.requireNonNull(reason, "reason");
    }
  }

  static Decision apply(Effect... effects) {
    return new Apply(List.of(effects));
  }

  static Decision reject(RejectionReason reason) {
    return new Reject(reason);
  }
}
