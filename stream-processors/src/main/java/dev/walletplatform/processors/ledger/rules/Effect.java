package dev.walletplatform.processors.ledger.rules;

import java.math.BigInteger;
import java.time.Instant;
import java.util.UUID;

/** One change an applied message makes; {@code BatchState} turns effects into rows. */
public sealed interface Effect {
  record OpenWallet(String walletId, String owner) implements Effect {}

  /**
   * Moves {@code amount} from {@code debitWallet} to {@code creditWallet}: two ledger entries, one
   * movement id, summing to zero.
   */
  record Move(
      EntryType type, String debitWallet, String creditWallet, String asset, BigInteger amount)
      implements Effect {}

  record OpenCampaign(
      String campaignId,
      String asset,
      BigInteger amountPerClaim,
      BigInteger budget,
      Instant opensAt,
      Instant closesAt,
      String fundingWallet)
      implements Effect {}

  record Claim(String campaignId, String walletId, BigInteger amount) implements Effect {}

  record HoldWithdrawal(
      UUID withdrawalId,
      String walletId,
      String asset,
      BigInteger amount,
      String destination,
      String holdingWallet)
      implements Effect {}

  record ResolveWithdrawal(UUID withdrawalId, WithdrawalState.Status status) implements Effect {}
}
