package dev.walletplatform.gateway.command;

import dev.walletplatform.domain.id.CampaignId;
import dev.walletplatform.domain.id.WalletId;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.SequencedMap;

/** Claim a campaign's fixed amount into a wallet; the wallet is the key. */
public record GiveawayClaimCommand(CampaignId campaign, WalletId wallet) implements GatewayCommand {
  /** The campaign is part of the path; the canonical form carries it as a field. */
  public static final String ENDPOINT = "POST /v1/giveaways/{campaign}/claims";

  public GiveawayClaimCommand {
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(wallet, "wallet");
  }

  @Override
  public String endpoint() {
    return ENDPOINT;
  }

  @Override
  public WalletId partitionWallet() {
    return wallet;
  }

  @Override
  public WalletId ownedWallet() {
    return wallet;
  }

  @Override
  public String ownedWalletField() {
    return "wallet";
  }

  @Override
  public SequencedMap<String, String> canonicalFields() {
    SequencedMap<String, String> fields = new LinkedHashMap<>();
    fields.put("campaign_id", campaign.value());
    fields.put("wallet", wallet.value());
    return fields;
  }
}
