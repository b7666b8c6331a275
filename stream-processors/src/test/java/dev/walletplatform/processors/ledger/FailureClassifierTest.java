package dev.walletplatform.processors.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.ledgerdb.LedgerDbException;
import dev.walletplatform.ledgerdb.tx.TransientDatabaseException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class FailureClassifierTest {
  @Test
  void blamesTheRecordsForDataAndConstraintErrors() {
    assertThat(FailureClassifier.isRecordFault(wrapped("22001"))).isTrue();
    assertThat(FailureClassifier.isRecordFault(wrapped("23514"))).isTrue();
    assertThat(
            FailureClassifier.isRecordFault(new IllegalStateException("rule bug for this input")))
        .isTrue();
  }

  @Test
  void neverBlamesTheRecordsForTheDatabasesOwnTrouble() {
    assertThat(FailureClassifier.isRecordFault(wrapped("42P01"))).as("missing table").isFalse();
    assertThat(FailureClassifier.isRecordFault(wrapped("28P01"))).as("bad password").isFalse();
    assertThat(
            FailureClassifier.isRecordFault(
                new TransientDatabaseException("down", new SQLException("x", "08006"))))
        .isFalse();
    assertThat(
            FailureClassifier.isRecordFault(
                new LedgerDbException("pool", new SQLException("no state"))))
        .isFalse();
  }

  private static LedgerDbException wrapped(String state) {
    return new LedgerDbException("failed", new SQLException("server said no", state));
  }
}
