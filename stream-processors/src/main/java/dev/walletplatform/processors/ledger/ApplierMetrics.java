package dev.walletplatform.processors.ledger;

import dev.walletplatform.processors.deadletter.DeadLetterCode;
import dev.walletplatform.processors.deadletter.DeadLetterMeters;
import dev.walletplatform.processors.ledger.model.LedgerMessage;
import dev.walletplatform.processors.ledger.rules.LedgerBatch;
import dev.walletplatform.processors.metrics.AcceptToDecision;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The applier's metrics: the accept-to-applied SLI ({@link AcceptToDecision}), applied, rejected
 * (by reason), redelivered and dead-lettered messages, batch size and duration, transient failures,
 * and reused idempotency keys — each of those is also logged, since it means a client or gateway
 * bug.
 */
public final class ApplierMetrics {
  private static final Logger LOG = LoggerFactory.getLogger(ApplierMetrics.class);

  private final MeterRegistry registry;
  private final AcceptToDecision acceptToApplied;
  private final DeadLetterMeters deadLetters;
  private final Counter applied;
  private final Counter redelivered;
  private final Counter hashConflicts;
  private final DistributionSummary batchSize;
  private final Timer batchDuration;
  private final Counter transientFailures;

  public ApplierMetrics(MeterRegistry registry, Clock clock) {
    this.registry = registry;
    this.acceptToApplied = AcceptToDecision.applied(registry, clock);
    this.deadLetters = DeadLetterMeters.of(registry);
    this.applied = registry.counter("ledger.messages.applied");
    this.redelivered = registry.counter("ledger.messages.redelivered");
    this.hashConflicts = registry.counter("ledger.messages.idempotency.key.reused");
    this.batchSize =
        DistributionSummary.builder("ledger.batch.size")
            .description("records per applied batch")
            .serviceLevelObjectives(1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)
            .register(registry);
    this.batchDuration =
        Timer.builder("ledger.batch.duration")
            .description("one batch: decode, transaction, results")
            .register(registry);
    this.transientFailures = registry.counter("ledger.batch.transient.failures");
  }

  public void batchDone(AppliedBatch batch, int records, long nanos) {
    batchSize.record(records);
    batchDuration.record(nanos, TimeUnit.NANOSECONDS);
    for (LedgerBatch.Handled handled : batch.handled()) {
      switch (handled.disposition()) {
        case DECIDED -> {
          if (handled.outcome().applied()) {
            applied.increment();
          } else {
            registry
                .counter("ledger.messages.rejected", "reason", handled.outcome().reasonCode())
                .increment();
          }
          decided(handled.message(), handled.outcome().applied());
        }
        case REDELIVERED -> redelivered.increment();
        case HASH_CONFLICT -> {
          hashConflicts.increment();
          LOG.warn(
              "not applying {} (request hash {}): its command id was already decided for another body,"
                  + " so the idempotency key was reused; keeping outcome {}",
              handled.message(),
              handled.message().requestHash(),
              handled.outcome().status());
        }
      }
    }
    batch.deadLetters().forEach(d -> deadLetters.mark(d.code()));
  }

  /** Commands only: an internal event has no gateway accept to measure from. */
  private void decided(LedgerMessage message, boolean wasApplied) {
    if (message.request() != null && message.request().acceptedAt() != null) {
      acceptToApplied.record(
          message.kind().name().toLowerCase(Locale.ROOT),
          wasApplied ? "applied" : "rejected",
          message.request().acceptedAt());
    }
  }

  public void transientFailure() {
    transientFailures.increment();
  }

  public long deadLetters(DeadLetterCode code) {
    return deadLetters.count(code);
  }

  public long hashConflicts() {
    return (long) hashConflicts.count();
  }

  public long applied() {
    return (long) applied.count();
  }
}
