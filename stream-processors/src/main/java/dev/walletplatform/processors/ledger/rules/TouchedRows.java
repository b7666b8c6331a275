package dev.walletplatform.processors.ledger.rules;

import dev.walletplatform.processors.ledger.model.Instruction;
import dev.walletplatform.processors.ledger.model.LedgerMessage;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Every row a batch may read or change, known before it runs so the repository can lock them all up
 * front in one sorted order (campaigns, withdrawals, wallets, balances): two appliers then never
 * wait on each other in a cycle. A superset is fine (a rejected message locks what it would have
 * touched); a missing row makes {@link BatchState} fail loudly.
 */
public final class TouchedRows {
  private final SortedSet<String> campaignIds = new TreeSet<>();
  private final SortedSet<UUID> withdrawalIds = new TreeSet<>();
  private final SortedSet<String> walletIds = new TreeSet<>();

  /** System balances the batch may post to, created empty if missing before anything is locked. */
  private final SortedSet<BalanceKey> systemBalances = new TreeSet<>();

  private final SortedSet<String> claimWallets = new TreeSet<>();

  private TouchedRows() {}

  /**
   * @param knownAsset only catalog assets get system accounts; a message with another is rejected
   *     anyway
   */
  public static TouchedRows of(Collection<LedgerMessage> messages, Predicate<String> knownAsset) {
    TouchedRows rows = new TouchedRows();
    messages.forEach(m -> rows.add(m, knownAsset));
    return rows;
  }

  private void add(LedgerMessage message, Predicate<String> knownAsset) {
    int partition = message.source().partition();
    switch (message.instruction()) {
      case Instruction.OpenWallet open -> walletIds.add(open.wallet());
      case Instruction.Deposit deposit -> {
        walletIds.add(deposit.wallet());
        system(knownAsset, SystemAccounts.external(deposit.asset(), partition), deposit.asset());
      }
      case Instruction.Transfer transfer -> {
        walletIds.add(transfer.fromWallet());
        walletIds.add(transfer.toWallet());
      }
      case Instruction.Withdraw withdraw -> {
        walletIds.add(withdraw.wallet());
        system(
            knownAsset,
            SystemAccounts.withdrawalsPending(withdraw.asset(), partition),
            withdraw.asset());
      }
      case Instruction.SettleWithdrawal settle -> {
        withdrawalIds.add(settle.withdrawalId());
        walletIds.add(settle.wallet());
        system(knownAsset, SystemAccounts.external(settle.asset(), partition), settle.asset());
      }
      case Instruction.FailWithdrawal fail -> {
        withdrawalIds.add(fail.withdrawalId());
        walletIds.add(fail.wallet());
      }
      case Instruction.OpenCampaign open -> {
        campaignIds.add(open.campaignId());
        system(knownAsset, SystemAccounts.giveawayTreasury(open.asset()), open.asset());
        system(knownAsset, SystemAccounts.campaign(open.campaignId()), open.asset());
      }
      case Instruction.ClaimGiveaway claim -> {
        campaignIds.add(claim.campaignId());
        walletIds.add(claim.wallet());
        walletIds.add(SystemAccounts.campaign(claim.campaignId()));
        claimWallets.add(claim.wallet());
      }
    }
  }

  private void system(Predicate<String> knownAsset, String walletId, String asset) {
    if (knownAsset.test(asset)) {
      walletIds.add(walletId);
      systemBalances.add(new BalanceKey(walletId, asset));
    }
  }

  /** Adds the holding accounts of the withdrawals a settlement or failure will resolve. */
  public TouchedRows withHoldingAccountsOf(Collection<WithdrawalState> withdrawals) {
    withdrawals.forEach(w -> walletIds.add(w.holdingWallet()));
    return this;
  }

  public SortedSet<String> campaignIds() {
    return campaignIds;
  }

  public SortedSet<UUID> withdrawalIds() {
    return withdrawalIds;
  }

  public SortedSet<String> walletIds() {
    return walletIds;
  }

  public SortedSet<BalanceKey> systemBalances() {
    return systemBalances;
  }

  /** Wallets that claim in this batch: existing giveaway_claims rows are read for them. */
  public SortedSet<String> claimWallets() {
    return claimWallets;
  }

  public boolean isEmpty() {
    return walletIds.isEmpty() && campaignIds.isEmpty() && withdrawalIds.isEmpty();
  }
}
