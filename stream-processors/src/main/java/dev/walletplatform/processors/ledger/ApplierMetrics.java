package dev.walletplatform.processors.ledger;

import com.codahale.metrics.Counter;
import com.codahale.metrics.Histogram;
import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import dev.walletplatform.processors.deadletter.DeadLetterCode;
import dev.walletplatform.processors.ledger.rules.LedgerBatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The applier's metrics (names under {@code ledger.}): rates of applied, rejected (by reason),
 * redelivered and dead-lettered messages, batch size and duration, transient failures, and reused
 * idempotency keys — each of those is also logged, since it means a client or gateway bug.
 */
public final class ApplierMetrics {
  private static final Logger LOG = LoggerFactory.getLogger(ApplierMetrics.class);

  private final MetricRegistry registry;
  private final Meter applied;
  private final Meter redelivered;
  private final Counter hashConflicts;
  private final Histogram batchSize;
  private final Timer batchDuration;
  private final Meter transientFailures;

  public ApplierMetrics(MetricRegistry registry) {
    this.registry = registry;
    this.applied = registry.meter("ledger.messages.applied");
    this.redelivered = registry.meter("ledger.messages.redelivered");
    this.hashConflicts = registry.counter("ledger.messages.idempotency-key-reused");
    this.batchSize = registry.histogram("ledger.batch.size");
    this.batchDuration = registry.timer("ledger.batch.duration");
    this.transientFailures = registry.meter("ledger.batch.transient-failures");
  }

  public void batchDone(AppliedBatch batch, int records, long nanos) {
    batchSize.update(records);
    batchDuration.update(nanos, TimeUnit.NANOSECONDS);
    for (LedgerBatch.Handled handled : batch.handled()) {
      switch (handled.disposition()) {
        case DECIDED -> {
          if (handled.outcome().applied()) {
            applied.mark();
          } else {
            registry.meter("ledger.messages.rejected." + handled.outcome().reasonCode()).mark();
          }
        }
        case REDELIVERED -> redelivered.mark();
        case HASH_CONFLICT -> {
          hashConflicts.inc();
          LOG.warn(
              "not applying {} (request hash {}): its command id was already decided for another body,"
                  + " so the idempotency key was reused; keeping outcome {}",
              handled.message(),
              handled.message().requestHash(),
              handled.outcome().status());
        }
      }
    }
    batch.deadLetters().forEach(d -> registry.meter("ledger.deadletters." + d.code()).mark());
  }

  public void transientFailure() {
    transientFailures.mark();
  }

  public long deadLetters(DeadLetterCode code) {
    return registry.meter("ledger.deadletters." + code).getCount();
  }

  public long hashConflicts() {
    return hashConflicts.getCount();
  }

  public long applied() {
    return applied.getCount();
  }
}
