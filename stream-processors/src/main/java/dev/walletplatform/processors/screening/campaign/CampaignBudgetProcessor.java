package dev.walletplatform.processors.screening.campaign;

import dev.walletplatform.processors.screening.campaign.CampaignFact.Opened;
import dev.walletplatform.processors.screening.campaign.CampaignFact.Paid;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps each campaign's {@link CampaignBudget} (one partition of campaigns) and forwards it
 * whenever it changes. Results are at-least-once (the applier re-publishes an outcome when a batch
 * is redelivered), so each paid command id is recorded and counted once.
 */
final class CampaignBudgetProcessor
    implements Processor<String, CampaignFact, String, CampaignBudget> {
  private ProcessorContext<String, CampaignBudget> context;
  private KeyValueStore<String, CampaignBudget> budgets;
  private KeyValueStore<String, Long> paidClaims;

  @Override
  public void init(ProcessorContext<String, CampaignBudget> context) {
    this.context = context;
    this.budgets = context.getStateStore(CampaignBudgetTopology.BUDGETS_STORE);
    this.paidClaims = context.getStateStore(CampaignBudgetTopology.PAID_CLAIMS_STORE);
  }

  @Override
  public void process(Record<String, CampaignFact> record) {
    String campaign = record.key();
    CampaignBudget stored = budgets.get(campaign);
    CampaignBudget current = stored == null ? CampaignBudget.unknown(campaign) : stored;
    CampaignBudget next =
        switch (record.value()) {
          case Opened opened ->
              current.terms() == null ? current.withTerms(opened.terms()) : current;
          case Paid paid ->
              countOnce(campaign, paid.commandId(), record.timestamp())
                  ? current.withOneMorePaid()
                  : current;
        };
    if (!next.equals(stored)) {
      budgets.put(campaign, next);
      context.forward(record.withValue(next));
    }
  }

  private boolean countOnce(String campaign, String commandId, long timestamp) {
    String key = campaign + "|" + commandId;
    if (paidClaims.get(key) != null) {
      return false;
    }
    paidClaims.put(key, timestamp);
    return true;
  }
}
