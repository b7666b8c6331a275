package dev.walletplatform.gateway.command;

import dev.walletplatform.domain.error.ErrorCode;
import dev.walletplatform.domain.error.InvalidInputException;
import dev.walletplatform.domain.id.CampaignId;
import dev.walletplatform.domain.id.WalletId;
import dev.walletplatform.domain.money.AmountParser;
import dev.walletplatform.domain.money.Asset;
import dev.walletplatform.domain.money.AssetCatalog;
import dev.walletplatform.domain.money.Money;

/**
 * Turns the client's strings into domain values, field by field in body order, failing on the first
 * field that breaks a rule (an {@link InvalidInputException} naming it). The asset is checked
 * before the amount: the amount's rules depend on the asset's decimals.
 */
public final class CommandValidator {
  private final AssetCatalog assets;

  public CommandValidator(AssetCatalog assets) {
    this.assets = assets;
  }

  public TransferCommand transfer(String fromWallet, String toWallet, String asset, String amount) {
    WalletId from = WalletId.parse(fromWallet, "from_wallet");
    WalletId to = WalletId.parse(toWallet, "to_wallet");
    if (from.equals(to)) {
      throw new InvalidInputException(
          ErrorCode.SAME_WALLET,
          "to_wallet",
          "to_wallet must differ from from_wallet (" + from + ")");
    }
    return new TransferCommand(from, to, money(asset, amount));
  }

  public WithdrawalCommand withdrawal(
      String wallet, String asset, String amount, String destination) {
    WalletId source = WalletId.parse(wallet, "wallet");
    Money money = money(asset, amount);
    return new WithdrawalCommand(
        source, money, WithdrawalDestination.parse(destination, "destination"));
  }

  /** The campaign comes from the path, so its field name is the path parameter's. */
  public GiveawayClaimCommand giveawayClaim(String campaign, String wallet) {
    CampaignId campaignId = CampaignId.parse(campaign, "campaign");
    return new GiveawayClaimCommand(campaignId, WalletId.parse(wallet, "wallet"));
  }

  private Money money(String assetCode, String amount) {
    if (assetCode == null) {
      throw new InvalidInputException(ErrorCode.MISSING_FIELD, "asset", "asset is required");
    }
    Asset asset = assets.require(assetCode, "asset");
    return AmountParser.parse(amount, asset, "amount");
  }
}
