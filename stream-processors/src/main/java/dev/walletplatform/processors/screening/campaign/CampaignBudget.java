package dev.walletplatform.processors.screening.campaign;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigInteger;

/**
 * One campaign as screening knows it: its terms (null until its opening event was seen) and how
 * many claims the ledger has paid, counted from APPLIED results, each command id once.
 *
 * <p>The paid count only ever lags the ledger's, and a paid claim never un-pays, so once {@link
 * #exhausted()} holds the ledger would refuse every further claim too (CAMPAIGN_BUDGET_EXHAUSTED):
 * screening can cut them without ever refusing a claim the ledger would have paid.
 */
public record CampaignBudget(
    @JsonProperty("campaignId") String campaignId,
    @JsonProperty("terms") CampaignTerms terms,
    @JsonProperty("paidClaims") long paidClaims) {

  static CampaignBudget unknown(String campaignId) {
    return new CampaignBudget(campaignId, null, 0);
  }

  CampaignBudget withTerms(CampaignTerms opened) {
    return new CampaignBudget(campaignId, opened, paidClaims);
  }

  CampaignBudget withOneMorePaid() {
    return new CampaignBudget(campaignId, terms, paidClaims + 1);
  }

  /** The ledger's own test, on the paid count: claimed total + amount per claim > budget. */
  @JsonIgnore
  public boolean exhausted() {
    if (terms == null) {
      return false;
    }
    BigInteger claimedTotal = terms.amountPerClaim().multiply(BigInteger.valueOf(paidClaims));
    return claimedTotal.add(terms.amountPerClaim()).compareTo(terms.budget()) > 0;
  }

  /** Minor units not yet paid out; null while the terms are unknown. */
  @JsonIgnore
  public BigInteger remaining() {
    return terms == null
        ? null
        : terms.budget().subtract(terms.amountPerClaim().multiply(BigInteger.valueOf(paidClaims)));
  }
}
