package dev.walletplatform.processors.screening;

import static dev.walletplatform.processors.screening.ScreenedCommandIds.PASSED;

import dev.walletplatform.domain.ledger.RejectionReason;
import dev.walletplatform.processors.config.ScreeningSettings;
import dev.walletplatform.processors.screening.campaign.CampaignBudget;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Decides the claims of one partition of devices (key: campaign and device): refused when the
 * campaign's budget is certainly spent (that refusal counts against no device), else counted in the
 * device's window, refused past the limit. Each command id is decided once; a redelivery gets the
 * same verdict. Answers go back to the claim's wallet partition.
 */
final class DeviceLimitProcessor implements Processor<String, ClaimCheck, String, ClaimVerdict> {
  private final ScreeningSettings settings;
  private final ScreeningMetrics metrics;
  private ProcessorContext<String, ClaimVerdict> context;
  private ScreenedCommandIds decided;
  private WindowedCounter claims;
  private TimestampedKeyValueStore<String, CampaignBudget> budgets;

  DeviceLimitProcessor(ScreeningSettings settings, ScreeningMetrics metrics) {
    this.settings = settings;
    this.metrics = metrics;
  }

  @Override
  public void init(ProcessorContext<String, ClaimVerdict> context) {
    this.context = context;
    this.decided =
        new ScreenedCommandIds(
            context.getStateStore(ScreeningTopology.DEVICE_VERDICTS_STORE),
            settings.dedupeRetention().toJavaDuration());
    this.claims =
        new WindowedCounter(
            context.getStateStore(ScreeningTopology.DEVICE_CLAIMS_STORE),
            settings.grace().toJavaDuration());
    this.budgets = context.getStateStore(ScreeningTopology.CAMPAIGN_BUDGETS_STORE);
  }

  @Override
  public void process(Record<String, ClaimCheck> record) {
    ClaimCheck check = record.value();
    long acceptedAt = check.acceptedAt().toEpochMilli();
    Optional<String> earlier = decided.earlierVerdict(check.commandId(), acceptedAt);
    String verdict;
    if (earlier.isPresent()) {
      metrics.redelivered();
      verdict = earlier.get();
    } else {
      verdict = decide(record.key(), check, acceptedAt).map(RejectionReason::name).orElse(PASSED);
      decided.remember(check.commandId(), verdict, acceptedAt);
    }
    context.forward(
        new Record<>(
            check.wallet(),
            new ClaimVerdict(check.commandId(), check.wallet(), verdict, check.acceptedAt()),
            record.timestamp()));
  }

  private Optional<RejectionReason> decide(String deviceKey, ClaimCheck check, long acceptedAt) {
    CampaignBudget budget = ValueAndTimestamp.getValueOrNull(budgets.get(check.campaignId()));
    if (budget != null && budget.exhausted()) {
      return Optional.of(RejectionReason.CAMPAIGN_BUDGET_EXHAUSTED);
    }
    return switch (claims.admit(
        deviceKey,
        acceptedAt,
        settings.claimsPerDevice(check.campaignId()),
        context.currentStreamTimeMs())) {
      case COUNTED -> Optional.empty();
      case LATE -> {
        metrics.late();
        yield Optional.empty();
      }
      case OVER_LIMIT -> Optional.of(RejectionReason.DEVICE_CLAIM_LIMIT_EXCEEDED);
    };
  }
}
