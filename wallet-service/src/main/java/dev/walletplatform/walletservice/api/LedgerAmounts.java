package dev.walletplatform.walletservice.api;

import dev.walletplatform.domain.money.Asset;
import dev.walletplatform.domain.money.AssetCatalog;
import dev.walletplatform.domain.money.Money;
import dev.walletplatform.walletservice.WalletServiceException;
import java.math.BigInteger;

/** Gives ledger amounts (minor units + asset code) their asset, to render them as decimals. */
public final class LedgerAmounts {
  private final AssetCatalog catalog;

  public LedgerAmounts(AssetCatalog catalog) {
    this.catalog = catalog;
  }

  public AssetCatalog catalog() {
    return catalog;
  }

  /**
   * Money of a configured asset. An asset the ledger holds but {@code assets} does not list is a
   * deployment mistake: failing loudly (500, logged) beats showing an amount with guessed decimals
   * or silently hiding it.
   */
  public Money money(String assetCode, BigInteger minorUnits) {
    Asset asset =
        catalog
            .find(assetCode)
            .orElseThrow(
                () ->
                    new WalletServiceException(
                        "the ledger holds asset "
                            + assetCode
                            + " but this service's assets config does not list it"));
    return new Money(asset, minorUnits);
  }
}
