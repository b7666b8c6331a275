package dev.walletplatform.processors.ledger;

import dev.walletplatform.ledgerdb.tx.RetryingTransactions;
import dev.walletplatform.ledgerdb.tx.TransientDatabaseException;
import dev.walletplatform.processors.deadletter.DeadLetter;
import dev.walletplatform.processors.deadletter.DeadLetterCode;
import dev.walletplatform.processors.ledger.jdbc.JdbcLedgerRepository;
import dev.walletplatform.processors.ledger.model.LedgerMessage;
import dev.walletplatform.processors.ledger.rules.LedgerBatch;
import dev.walletplatform.schemas.serde.RecordDecodingException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a consumed batch to the ledger in one transaction (retried on 40001 and lost
 * connections). Records that cannot be decoded are set aside for the dead-letter topic; if the
 * transaction fails because of the data, the batch is re-run record by record so only the culprit
 * is dead-lettered. Thread-safe: each consumer thread calls it with its own batches.
 */
public final class LedgerApplier {
  private static final Logger LOG = LoggerFactory.getLogger(LedgerApplier.class);

  private final MessageDecoder decoder;
  private final RetryingTransactions transactions;
  private final JdbcLedgerRepository repository;
  private final Supplier<String> poolState;

  public LedgerApplier(
      MessageDecoder decoder,
      RetryingTransactions transactions,
      JdbcLedgerRepository repository,
      Supplier<String> poolState) {
    this.decoder = decoder;
    this.transactions = transactions;
    this.repository = repository;
    this.poolState = poolState;
  }

  /**
   * @throws TransientFailure when nothing about the records is wrong but the batch cannot complete
   *     now
   */
  // sources by identity: two messages with equal contents from different records stay apart
  @SuppressWarnings("IdentityHashMapUsage")
  public AppliedBatch apply(ConsumedBatch batch) {
    List<LedgerMessage> messages = new ArrayList<>(batch.size());
    Map<LedgerMessage, ConsumerRecord<byte[], byte[]>> sources = new IdentityHashMap<>();
    List<DeadLetter> deadLetters = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> record : batch.records()) {
      try {
        LedgerMessage message = decoder.decode(record);
        messages.add(message);
        sources.put(message, record);
      } catch (RecordDecodingException e) {
        LOG.warn(
            "dead-lettering undecodable record {}-{}@{}: {}",
            record.topic(),
            record.partition(),
            record.offset(),
            e.getMessage());
        deadLetters.add(new DeadLetter(record, DeadLetterCode.DECODING_FAILED, e));
      }
    }
    List<LedgerBatch.Handled> handled =
        messages.isEmpty() ? List.of() : applyIsolating(messages, sources, deadLetters);
    return new AppliedBatch(handled, deadLetters);
  }

  private List<LedgerBatch.Handled> applyIsolating(
      List<LedgerMessage> messages,
      Map<LedgerMessage, ConsumerRecord<byte[], byte[]>> sources,
      List<DeadLetter> deadLetters) {
    try {
      return applyTogether(messages);
    } catch (RuntimeException batchFailure) {
      if (!FailureClassifier.isRecordFault(batchFailure)) {
        throw transientFailure(messages.size(), batchFailure);
      }
      LOG.warn(
          "batch of {} messages failed ({}); applying them one by one to find the culprit",
          messages.size(),
          batchFailure.toString());
    }
    List<LedgerBatch.Handled> handled = new ArrayList<>(messages.size());
    for (LedgerMessage message : messages) {
      try {
        handled.addAll(applyTogether(List.of(message)));
      } catch (RuntimeException failure) {
        if (!FailureClassifier.isRecordFault(failure)) {
          throw transientFailure(1, failure);
        }
        LOG.error("dead-lettering {}: it fails on its own: {}", message, failure.toString());
        deadLetters.add(new DeadLetter(sources.get(message), DeadLetterCode.APPLY_FAILED, failure));
      }
    }
    return handled;
  }

  private List<LedgerBatch.Handled> applyTogether(List<LedgerMessage> messages) {
    return transactions
        .inTransaction(connection -> repository.apply(connection, messages))
        .handled();
  }

  private TransientFailure transientFailure(int size, RuntimeException cause) {
    if (cause instanceof TransientFailure transientFailure) {
      return transientFailure;
    }
    String kind =
        cause instanceof TransientDatabaseException ? "database unavailable" : "non-data failure";
    return new TransientFailure(
        kind + " applying " + size + " messages, pool " + poolState.get() + ": " + cause, cause);
  }
}
