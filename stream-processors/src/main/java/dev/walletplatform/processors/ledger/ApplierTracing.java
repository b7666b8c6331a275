package dev.walletplatform.processors.ledger;

import dev.walletplatform.kit.tracing.Tracing;

/**
 * The applier's hop of each trace: every consumed batch becomes one span per record ({@link
 * BatchTrace}), child of the span that produced the record — screening's for a command, the
 * internal producer's (if it traced) for an event. Shared by the consumer threads; each batch's
 * trace is its thread's own.
 */
public final class ApplierTracing {
  private final Tracing tracing;
  private final String consumerGroup;

  /**
   * @param consumerGroup the applier's consumer group, an attribute of every span
   */
  public ApplierTracing(Tracing tracing, String consumerGroup) {
    this.tracing = tracing;
    this.consumerGroup = consumerGroup;
  }

  /** No spans recorded (tests, tools); records still pass their context on to results. */
  public static ApplierTracing disabled() {
    return new ApplierTracing(Tracing.noop(), "");
  }

  /** Starts the spans of a batch just polled: one per record, in the batch's order. */
  public BatchTrace start(ConsumedBatch batch) {
    return BatchTrace.start(tracing, consumerGroup, batch);
  }
}
