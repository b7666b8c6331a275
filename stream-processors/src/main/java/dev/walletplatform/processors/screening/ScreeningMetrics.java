package dev.walletplatform.processors.screening;

import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import dev.walletplatform.domain.ledger.RejectionReason;
import java.util.List;

/**
 * Screening's metrics (names under {@code screening.}): commands screened, passed, rejected by rule
 * (the reason code), redeliveries answered from the stored verdict, late commands passed uncounted,
 * and claims passed because their device verdict never came. Under exactly-once a batch aborted and
 * re-run counts again here, never in the output.
 */
public final class ScreeningMetrics {
  /** The reasons screening gives, one per rule; registered up front so dashboards show zeros. */
  public static final List<RejectionReason> RULE_REASONS =
      List.of(
          RejectionReason.DEVICE_CLAIM_LIMIT_EXCEEDED,
          RejectionReason.WALLET_WITHDRAWAL_LIMIT_EXCEEDED,
          RejectionReason.CAMPAIGN_BUDGET_EXHAUSTED);

  private final MetricRegistry registry;
  private final Meter screened;
  private final Meter passed;
  private final Meter redelivered;
  private final Meter late;
  private final Meter verdictTimeouts;

  public ScreeningMetrics(MetricRegistry registry) {
    this.registry = registry;
    this.screened = registry.meter("screening.commands.screened");
    this.passed = registry.meter("screening.commands.passed");
    this.redelivered = registry.meter("screening.commands.redelivered");
    this.late = registry.meter("screening.commands.late");
    this.verdictTimeouts = registry.meter("screening.claims.verdict-timeouts");
    RULE_REASONS.forEach(this::rejectedMeter);
  }

  void screened() {
    screened.mark();
  }

  void passed() {
    passed.mark();
  }

  void rejected(String reasonCode) {
    registry.meter("screening.commands.rejected." + reasonCode).mark();
  }

  void redelivered() {
    redelivered.mark();
  }

  void late() {
    late.mark();
  }

  void verdictTimedOut() {
    verdictTimeouts.mark();
  }

  public long passedCount() {
    return passed.getCount();
  }

  public long rejectedCount(RejectionReason reason) {
    return rejectedMeter(reason).getCount();
  }

  private Meter rejectedMeter(RejectionReason reason) {
    return registry.meter("screening.commands.rejected." + reason.name());
  }
}
