package dev.walletplatform.bench.baseline;

import dev.walletplatform.domain.money.AssetCatalog;
import dev.walletplatform.ledgerdb.tx.RetryingTransactions;
import dev.walletplatform.processors.ledger.jdbc.JdbcLedgerRepository;
import dev.walletplatform.processors.ledger.model.Instruction;
import dev.walletplatform.processors.ledger.model.LedgerMessage;
import dev.walletplatform.processors.ledger.model.Outcome;
import dev.walletplatform.processors.ledger.model.RequestMeta;
import dev.walletplatform.processors.ledger.model.SourcePosition;
import dev.walletplatform.processors.ledger.rules.LedgerBatch;
import dev.walletplatform.processors.ledger.rules.LedgerRules;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The old way of applying a command: inside the request, on a connection of its own, in one
 * SERIALIZABLE transaction — with the applier's very rules and repository, a batch of one, so the
 * work per command is the same as the platform's and only the architecture differs.
 */
final class NaiveLedger {
  static final String SOURCE_TOPIC = "naive-fanout-http";

  private final RetryingTransactions transactions;
  private final JdbcLedgerRepository repository;

  NaiveLedger(BaselineServerConfiguration.NaiveDatabase database, MeterRegistry metrics) {
    this.transactions =
        new RetryingTransactions(
            new ConnectionPerCall(database, metrics),
            database.maxAttempts(),
            Duration.ofMillis(20));
    this.repository =
        new JdbcLedgerRepository(
            new LedgerBatch(new LedgerRules(AssetCatalog.defaults())), Clock.systemUTC());
  }

  /**
   * Decides the command now; throws the database's failure (refused connection, retries exhausted).
   */
  Outcome apply(UUID commandId, RequestMeta request, Instruction instruction) {
    LedgerMessage message =
        new LedgerMessage(commandId, new SourcePosition(SOURCE_TOPIC, 0, 0), request, instruction);
    return transactions
        .inTransaction(c -> repository.apply(c, List.of(message)))
        .handled()
        .get(0)
        .outcome();
  }

  static RequestMeta request(String clientId, String key, String requestHash) {
    return new RequestMeta(clientId, key, requestHash, Instant.now());
  }
}
