package dev.walletplatform.processors.screening.campaign;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigInteger;
import java.time.Instant;

/**
 * What a GiveawayCampaignOpened event promised: the fixed amount per claim and the budget, in minor
 * units.
 */
record CampaignTerms(
    @JsonProperty("asset") String asset,
    @JsonProperty("amountPerClaim") BigInteger amountPerClaim,
    @JsonProperty("budget") BigInteger budget,
    @JsonProperty("opensAt") Instant opensAt,
    @JsonProperty("closesAt") Instant closesAt) {}
