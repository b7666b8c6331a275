package dev.walletplatform.ledgerdb.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletplatform.ledgerdb.LedgerDbException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class RetryingTransactionsTest {
  private final AtomicInteger commits = new AtomicInteger();
  private final AtomicInteger rollbacks = new AtomicInteger();

  @Test
  void runsTheBodyAgainAfterASerializationFailureAndCountsTheRetry() {
    RetryingTransactions transactions =
        new RetryingTransactions(dataSource(), 5, Duration.ofMillis(1));
    AtomicInteger attempts = new AtomicInteger();
    String result =
        transactions.inTransaction(
            c -> {
              if (attempts.incrementAndGet() < 3) {
                throw new SQLException("could not serialize access", "40001");
              }
              return "done";
            });
    assertThat(result).isEqualTo("done");
    assertThat(transactions.retries()).isEqualTo(2);
    assertThat(transactions.retriesBySqlState())
        .containsExactlyEntriesOf(java.util.Map.of("40001", 2L));
    assertThat(rollbacks).hasValue(2);
    assertThat(commits).hasValue(1);
  }

  @Test
  void reportsATransientFailureWhenEveryAttemptFailsRetryably() {
    RetryingTransactions transactions =
        new RetryingTransactions(dataSource(), 3, Duration.ofMillis(1));
    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    c -> {
                      throw new SQLException("connection refused", "08001");
                    }))
        .isInstanceOf(TransientDatabaseException.class)
        .hasMessageContaining("after 3 attempts");
  }

  @Test
  void failsAtOnceOnAnErrorAnotherAttemptCannotFix() {
    RetryingTransactions transactions =
        new RetryingTransactions(dataSource(), 5, Duration.ofMillis(1));
    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    c -> {
                      throw new SQLException("new row violates check constraint", "23514");
                    }))
        .isInstanceOf(LedgerDbException.class)
        .isNotInstanceOf(TransientDatabaseException.class)
        .hasMessageContaining("23514");
    assertThat(transactions.retries()).isZero();
  }

  private DataSource dataSource() {
    Connection connection =
        (Connection)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                  switch (method.getName()) {
                    case "commit" -> commits.incrementAndGet();
                    case "rollback" -> rollbacks.incrementAndGet();
                    default -> {}
                  }
                  return null;
                });
    return (DataSource)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> method.getName().equals("getConnection") ? connection : null);
  }
}
