package dev.walletplatform.processors.ledger.rules;

import java.math.BigInteger;
import java.util.Optional;
import java.util.UUID;

/**
 * What the rules may read: the locked rows of one batch, including the batch's own earlier changes.
 */
public interface LedgerView {
  /** Whether a wallet of any kind exists with that id. */
  boolean walletExists(String walletId);

  /** Whether {@code walletId} is an open customer wallet (never true for a system account). */
  boolean isCustomerWallet(String walletId);

  /** The balance, zero when the wallet never held the asset. */
  BigInteger balance(String walletId, String asset);

  Optional<CampaignState> campaign(String campaignId);

  boolean hasClaimed(String campaignId, String walletId);

  Optional<WithdrawalState> withdrawal(UUID withdrawalId);
}
