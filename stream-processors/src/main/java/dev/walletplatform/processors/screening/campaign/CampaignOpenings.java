package dev.walletplatform.processors.screening.campaign;

import dev.walletplatform.domain.money.AssetCatalog;
import dev.walletplatform.domain.money.Money;
import dev.walletplatform.schemas.event.v1.GiveawayCampaignOpened;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The terms of an opening event the ledger would accept, by the checks of its rules
 * (LedgerRules.openCampaign): a valid id, a non-empty window, a known asset, whole positive amounts
 * of at most 38 digits, a budget covering one claim. A refused opening must not give screening a
 * budget the ledger never funded; a duplicate is refused by the ledger, so the first opening wins
 * here too.
 */
final class CampaignOpenings {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{2,63}");

  private final AssetCatalog assets;

  CampaignOpenings(AssetCatalog assets) {
    this.assets = assets;
  }

  Optional<CampaignTerms> acceptedTerms(GiveawayCampaignOpened opened) {
    Optional<BigInteger> amount = minorUnits(opened.getAmountPerClaim());
    Optional<BigInteger> budget = minorUnits(opened.getBudget());
    boolean valid =
        opened.getCampaignId() != null
            && ID.matcher(opened.getCampaignId()).matches()
            && opened.getOpensAt() != null
            && opened.getClosesAt() != null
            && opened.getOpensAt().isBefore(opened.getClosesAt())
            && assets.find(opened.getAsset()).isPresent()
            && amount.isPresent()
            && budget.isPresent()
            && budget.get().compareTo(amount.get()) >= 0;
    return valid
        ? Optional.of(
            new CampaignTerms(
                opened.getAsset(),
                amount.get(),
                budget.get(),
                opened.getOpensAt(),
                opened.getClosesAt()))
        : Optional.empty();
  }

  private static Optional<BigInteger> minorUnits(BigDecimal amount) {
    if (amount == null) {
      return Optional.empty();
    }
    try {
      BigInteger units = amount.toBigIntegerExact();
      return units.signum() > 0 && units.toString().length() <= Money.MAX_DIGITS
          ? Optional.of(units)
          : Optional.empty();
    } catch (ArithmeticException e) {
      return Optional.empty(); // fractional minor units: the applier dead-letters such an event
    }
  }
}
