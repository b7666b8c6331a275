package dev.walletplatform.faults.check;

import java.math.BigInteger;

/** What one successful claim on a campaign credits: the checker needs it to recompute balances. */
public record CampaignTerms(String campaign, String asset, BigInteger perClaim) {}
