package dev.walletplatform.processors.screening;

import dev.walletplatform.domain.ledger.RejectionReason;
import dev.walletplatform.processors.metrics.AcceptToDecision;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Screening's metrics: the accept-to-screened SLI ({@link AcceptToDecision}), commands screened,
 * passed, rejected by rule ({@code reason}), redeliveries answered from the stored verdict, late
 * commands passed uncounted, and claims passed because their device verdict never came. Under
 * exactly-once a batch aborted and re-run counts again here, never in the output.
 */
public final class ScreeningMetrics {
  /** The reasons screening gives, one per rule; registered up front so dashboards show zeros. */
  public static final List<RejectionReason> RULE_REASONS =
      List.of(
          RejectionReason.DEVICE_CLAIM_LIMIT_EXCEEDED,
          RejectionReason.WALLET_WITHDRAWAL_LIMIT_EXCEEDED,
          RejectionReason.CAMPAIGN_BUDGET_EXHAUSTED);

  private final MeterRegistry registry;
  private final AcceptToDecision acceptToScreened;
  private final Counter screened;
  private final Counter passed;
  private final Counter redelivered;
  private final Counter late;
  private final Counter verdictTimeouts;

  public ScreeningMetrics(MeterRegistry registry, Clock clock) {
    this.registry = registry;
    this.acceptToScreened = AcceptToDecision.screened(registry, clock);
    this.screened = registry.counter("screening.commands.screened");
    this.passed = registry.counter("screening.commands.passed");
    this.redelivered = registry.counter("screening.commands.redelivered");
    this.late = registry.counter("screening.commands.late");
    this.verdictTimeouts = registry.counter("screening.claims.verdict.timeouts");
    RULE_REASONS.forEach(reason -> rejectedCounter(reason.name()));
  }

  void screened() {
    screened.increment();
  }

  void passed(String kind, Instant acceptedAt) {
    passed.increment();
    acceptToScreened.record(kind, "passed", acceptedAt);
  }

  void rejected(String kind, String reasonCode, Instant acceptedAt) {
    rejectedCounter(reasonCode).increment();
    acceptToScreened.record(kind, "rejected", acceptedAt);
  }

  void redelivered() {
    redelivered.increment();
  }

  void late() {
    late.increment();
  }

  void verdictTimedOut() {
    verdictTimeouts.increment();
  }

  public long passedCount() {
    return (long) passed.count();
  }

  public long rejectedCount(RejectionReason reason) {
    return (long) rejectedCounter(reason.name()).count();
  }

  private Counter rejectedCounter(String reasonCode) {
    return registry.counter("screening.commands.rejected", "reason", reasonCode);
  }
}
