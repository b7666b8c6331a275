package dev.walletplatform.processors.screening.campaign;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What the campaign-budget topology learns about a campaign, repartitioned by campaign id. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = CampaignFact.Opened.class, name = "opened"),
  @JsonSubTypes.Type(value = CampaignFact.Paid.class, name = "paid")
})
sealed interface CampaignFact {
  /** A GiveawayCampaignOpened event the ledger will accept (same checks as its rules). */
  record Opened(@JsonProperty("terms") CampaignTerms terms) implements CampaignFact {}

  /** The ledger applied the claim {@code commandId}: one more claim paid from the budget. */
  record Paid(@JsonProperty("commandId") String commandId) implements CampaignFact {}
}
