package dev.walletplatform.walletctl.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApplyProofTest {
  private static final UUID APPLIED = UUID.randomUUID();
  private static final UUID REJECTED = UUID.randomUUID();
  private static final UUID SKIPPED = UUID.randomUUID();
  private static final Set<UUID> IDS = Set.of(APPLIED, REJECTED, SKIPPED);
  private static final LedgerSnapshot BEFORE =
      new LedgerSnapshot(
          Map.of(
              APPLIED,
              new MessageState("APPLIED", 2, 1),
              REJECTED,
              new MessageState("REJECTED", 0, 0)));

  @Test
  void holdsWhenDecidedMessagesAreUnchangedAndTheSkippedOneIsDecidedOnce() {
    LedgerSnapshot after =
        new LedgerSnapshot(
            Map.of(
                APPLIED,
                new MessageState("APPLIED", 2, 1),
                REJECTED,
                new MessageState("REJECTED", 0, 0),
                SKIPPED,
                new MessageState("APPLIED", 2, 1)));

    ApplyProof proof = new ApplyProof(IDS, BEFORE, after);

    assertThat(proof.holds()).isTrue();
    assertThat(proof.newlyDecided()).containsExactly(SKIPPED);
    assertThat(proof.lines())
        .contains(
            "  decided messages  2       3      +1",
            "  ledger entries    2       4      +2",
            "PROOF HOLDS: nothing was applied twice; every message is decided exactly once.");
  }

  @Test
  void failsWhenADecidedMessageGainedEntriesOrAMessageHasTwoMovements() {
    LedgerSnapshot after =
        new LedgerSnapshot(
            Map.of(
                APPLIED,
                new MessageState("APPLIED", 4, 2),
                REJECTED,
                new MessageState("REJECTED", 0, 0),
                SKIPPED,
                new MessageState("APPLIED", 2, 1)));

    ApplyProof proof = new ApplyProof(IDS, BEFORE, after);

    assertThat(proof.holds()).isFalse();
    assertThat(proof.changedAfterDecision()).containsExactly(APPLIED);
    assertThat(proof.appliedTwice()).containsExactly(APPLIED);
    assertThat(proof.lines()).last().isEqualTo("PROOF FAILED: see the counts above.");
  }

  @Test
  void failsWhileAMessageIsStillUndecided() {
    ApplyProof proof = new ApplyProof(IDS, BEFORE, BEFORE);

    assertThat(proof.holds()).isFalse();
    assertThat(proof.stillUndecided()).containsExactly(SKIPPED);
  }
}
