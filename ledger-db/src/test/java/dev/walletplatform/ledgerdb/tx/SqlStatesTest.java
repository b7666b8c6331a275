package dev.walletplatform.ledgerdb.tx;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class SqlStatesTest {
  @Test
  void retriesSerializationFailuresDeadlocksAndLostConnections() {
    assertThat(SqlStates.isRetryable(new SQLException("conflict", "40001"))).isTrue();
    assertThat(SqlStates.isRetryable(new SQLException("deadlock", "40P01"))).isTrue();
    assertThat(SqlStates.isRetryable(new SQLException("connection reset", "08006"))).isTrue();
    assertThat(SqlStates.isRetryable(new SQLException("terminating connection", "57P01"))).isTrue();
    assertThat(SqlStates.isRetryable(new SQLException("too many connections", "53300"))).isTrue();
  }

  @Test
  void retriesAPoolTimeoutThatCarriesNoSqlState() {
    assertThat(
            SqlStates.isRetryable(
                new SQLTransientConnectionException("pool timed out after 5000ms")))
        .isTrue();
  }

  @Test
  void findsTheServerErrorBehindABatchUpdateException() {
    BatchUpdateException batch = new BatchUpdateException("batch entry 3 failed", null, new int[0]);
    batch.setNextException(new SQLException("could not serialize access", "40001"));
    assertThat(SqlStates.isRetryable(batch)).isTrue();
    assertThat(SqlStates.stateOf(batch)).isEqualTo("40001");
  }

  @Test
  void neverRetriesErrorsAnotherAttemptCannotFix() {
    assertThat(SqlStates.isRetryable(new SQLException("check violation", "23514"))).isFalse();
    assertThat(SqlStates.isRetryable(new SQLException("no such table", "42P01"))).isFalse();
    assertThat(SqlStates.isRetryable(new RuntimeException("bug"))).isFalse();
  }
}
