package dev.walletplatform.processors.ledger.rules;

import java.math.BigInteger;
import java.time.Instant;

/**
 * A giveaway campaign row: claims are paid from {@code fundingWallet} until {@code budget} is
 * spent.
 */
public record CampaignState(
    String campaignId,
    String asset,
    BigInteger amountPerClaim,
    BigInteger budget,
    BigInteger claimedTotal,
    Instant opensAt,
    Instant closesAt,
    String fundingWallet) {

  /** Half-open window [opensAt, closesAt), judged by the command's accepted_at. */
  public boolean isOpenAt(Instant instant) {
    return !instant.isBefore(opensAt) && instant.isBefore(closesAt);
  }

  public boolean canPayAnotherClaim() {
    return claimedTotal.add(amountPerClaim).compareTo(budget) <= 0;
  }

  CampaignState withClaimedTotal(BigInteger total) {
    return new CampaignState(
        campaignId, asset, amountPerClaim, budget, total, opensAt, closesAt, fundingWallet);
  }
}
