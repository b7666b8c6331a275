package dev.walletplatform.processors.ledger.rules;

import static dev.walletplatform.processors.ledger.rules.Decision.apply;
import static dev.walletplatform.processors.ledger.rules.Decision.reject;

import dev.walletplatform.domain.ledger.RejectionReason;
import dev.walletplatform.domain.money.AssetCatalog;
import dev.walletplatform.domain.money.Money;
import dev.walletplatform.processors.ledger.model.Instruction.ClaimGiveaway;
import dev.walletplatform.processors.ledger.model.Instruction.Deposit;
import dev.walletplatform.processors.ledger.model.Instruction.FailWithdrawal;
import dev.walletplatform.processors.ledger.model.Instruction.OpenCampaign;
import dev.walletplatform.processors.ledger.model.Instruction.OpenWallet;
import dev.walletplatform.processors.ledger.model.Instruction.SettleWithdrawal;
import dev.walletplatform.processors.ledger.model.Instruction.Transfer;
import dev.walletplatform.processors.ledger.model.Instruction.Withdraw;
import dev.walletplatform.processors.ledger.model.LedgerMessage;
import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ledger's rules: given the current state, decide a message's effects or the reason it is
 * refused. Pure — no clock (time windows use the command's accepted_at), no I/O — so a replay of
 * the same messages over the same state decides the same.
 */
public final class LedgerRules {
  /**
   * Same alphabet as {@link dev.walletplatform.domain.id.WalletId}; keeps "sys:" ids out of reach.
   */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{2,63}");

  private static final int MAX_OWNER_LENGTH = 128;

  private final AssetCatalog assets;

  public LedgerRules(AssetCatalog assets) {
    this.assets = assets;
  }

  public Decision decide(LedgerMessage message, LedgerView view) {
    int partition = message.source().partition();
    return switch (message.instruction()) {
      case OpenWallet open -> openWallet(open, view);
      case Deposit deposit -> deposit(deposit, partition, view);
      case Transfer transfer -> transfer(transfer, view);
      case Withdraw withdraw -> withdraw(message, withdraw, partition, view);
      case SettleWithdrawal settle -> settle(settle, partition, view);
      case FailWithdrawal fail -> fail(fail, view);
      case OpenCampaign campaign -> openCampaign(campaign, view);
      case ClaimGiveaway claim -> claim(message, claim, view);
    };
  }

  private Decision openWallet(OpenWallet open, LedgerView view) {
    if (!isValidId(open.wallet())
        || open.owner() == null
        || open.owner().isBlank()
        || open.owner().length() > MAX_OWNER_LENGTH) {
      return reject(RejectionReason.INVALID_WALLET_ID);
    }
    if (view.walletExists(open.wallet())) {
      return reject(RejectionReason.DUPLICATE_WALLET);
    }
    return apply(new Effect.OpenWallet(open.wallet(), open.owner()));
  }

  private Decision deposit(Deposit deposit, int partition, LedgerView view) {
    Optional<RejectionReason> invalid = checkAmount(deposit.asset(), deposit.amount());
    if (invalid.isPresent()) {
      return reject(invalid.get());
    }
    if (!view.isCustomerWallet(deposit.wallet())) {
      return reject(RejectionReason.UNKNOWN_WALLET);
    }
    return apply(
        move(
            EntryType.DEPOSIT,
            SystemAccounts.external(deposit.asset(), partition),
            deposit.wallet(),
            deposit.asset(),
            deposit.amount()));
  }

  private Decision transfer(Transfer transfer, LedgerView view) {
    Optional<RejectionReason> invalid = checkAmount(transfer.asset(), transfer.amount());
    if (invalid.isPresent()) {
      return reject(invalid.get());
    }
    if (transfer.fromWallet().equals(transfer.toWallet())) {
      return reject(RejectionReason.SAME_WALLET);
    }
    if (!view.isCustomerWallet(transfer.fromWallet())
        || !view.isCustomerWallet(transfer.toWallet())) {
      return reject(RejectionReason.UNKNOWN_WALLET);
    }
    if (view.balance(transfer.fromWallet(), transfer.asset()).compareTo(transfer.amount()) < 0) {
      return reject(RejectionReason.INSUFFICIENT_FUNDS);
    }
    return apply(
        move(
            EntryType.TRANSFER,
            transfer.fromWallet(),
            transfer.toWallet(),
            transfer.asset(),
            transfer.amount()));
  }

  private Decision withdraw(
      LedgerMessage message, Withdraw withdraw, int partition, LedgerView view) {
    Optional<RejectionReason> invalid = checkAmount(withdraw.asset(), withdraw.amount());
    if (invalid.isPresent()) {
      return reject(invalid.get());
    }
    if (!view.isCustomerWallet(withdraw.wallet())) {
      return reject(RejectionReason.UNKNOWN_WALLET);
    }
    if (view.balance(withdraw.wallet(), withdraw.asset()).compareTo(withdraw.amount()) < 0) {
      return reject(RejectionReason.INSUFFICIENT_FUNDS);
    }
    String holding = SystemAccounts.withdrawalsPending(withdraw.asset(), partition);
    return apply(
        move(
            EntryType.WITHDRAWAL_HOLD,
            withdraw.wallet(),
            holding,
            withdraw.asset(),
            withdraw.amount()),
        new Effect.HoldWithdrawal(
            message.id(),
            withdraw.wallet(),
            withdraw.asset(),
            withdraw.amount(),
            withdraw.destination(),
            holding));
  }

  private Decision settle(SettleWithdrawal settle, int partition, LedgerView view) {
    Optional<WithdrawalState> pending =
        view.withdrawal(settle.withdrawalId())
            .filter(w -> w.status() == WithdrawalState.Status.PENDING);
    if (pending.isEmpty()) {
      return reject(RejectionReason.UNKNOWN_WITHDRAWAL);
    }
    WithdrawalState w = pending.get();
    if (!w.matches(settle.wallet(), settle.asset(), settle.amount())) {
      return reject(RejectionReason.WITHDRAWAL_MISMATCH);
    }
    return apply(
        move(
            EntryType.WITHDRAWAL_SETTLEMENT,
            w.holdingWallet(),
            SystemAccounts.external(w.asset(), partition),
            w.asset(),
            w.amount()),
        new Effect.ResolveWithdrawal(w.withdrawalId(), WithdrawalState.Status.SETTLED));
  }

  private Decision fail(FailWithdrawal fail, LedgerView view) {
    Optional<WithdrawalState> pending =
        view.withdrawal(fail.withdrawalId())
            .filter(w -> w.status() == WithdrawalState.Status.PENDING);
    if (pending.isEmpty()) {
      return reject(RejectionReason.UNKNOWN_WITHDRAWAL);
    }
    WithdrawalState w = pending.get();
    if (!w.matches(fail.wallet(), fail.asset(), fail.amount())) {
      return reject(RejectionReason.WITHDRAWAL_MISMATCH);
    }
    return apply(
        move(EntryType.WITHDRAWAL_REFUND, w.holdingWallet(), w.wallet(), w.asset(), w.amount()),
        new Effect.ResolveWithdrawal(w.withdrawalId(), WithdrawalState.Status.FAILED));
  }

  private Decision openCampaign(OpenCampaign open, LedgerView view) {
    if (!isValidId(open.campaignId()) || !open.opensAt().isBefore(open.closesAt())) {
      return reject(RejectionReason.INVALID_CAMPAIGN);
    }
    Optional<RejectionReason> invalid =
        checkAmount(open.asset(), open.amountPerClaim())
            .or(() -> checkAmount(open.asset(), open.budget()));
    if (invalid.isPresent()) {
      return reject(invalid.get());
    }
    if (open.budget().compareTo(open.amountPerClaim()) < 0) {
      return reject(RejectionReason.INVALID_CAMPAIGN);
    }
    if (view.campaign(open.campaignId()).isPresent()) {
      return reject(RejectionReason.DUPLICATE_CAMPAIGN);
    }
    String account = SystemAccounts.campaign(open.campaignId());
    return apply(
        new Effect.OpenCampaign(
            open.campaignId(),
            open.asset(),
            open.amountPerClaim(),
            open.budget(),
            open.opensAt(),
            open.closesAt(),
            account),
        move(
            EntryType.CAMPAIGN_FUNDING,
            SystemAccounts.giveawayTreasury(open.asset()),
            account,
            open.asset(),
            open.budget()));
  }

  private Decision claim(LedgerMessage message, ClaimGiveaway claim, LedgerView view) {
    Optional<CampaignState> found = view.campaign(claim.campaignId());
    if (found.isEmpty()) {
      return reject(RejectionReason.UNKNOWN_CAMPAIGN);
    }
    CampaignState campaign = found.get();
    if (!view.isCustomerWallet(claim.wallet())) {
      return reject(RejectionReason.UNKNOWN_WALLET);
    }
    if (message.request() == null || !campaign.isOpenAt(message.request().acceptedAt())) {
      return reject(RejectionReason.CAMPAIGN_NOT_OPEN);
    }
    if (view.hasClaimed(campaign.campaignId(), claim.wallet())) {
      return reject(RejectionReason.ALREADY_CLAIMED);
    }
    if (!campaign.canPayAnotherClaim()) {
      return reject(RejectionReason.CAMPAIGN_BUDGET_EXHAUSTED);
    }
    return apply(
        new Effect.Claim(campaign.campaignId(), claim.wallet(), campaign.amountPerClaim()),
        move(
            EntryType.GIVEAWAY_CLAIM,
            campaign.fundingWallet(),
            claim.wallet(),
            campaign.asset(),
            campaign.amountPerClaim()));
  }

  /**
   * Unknown asset first (the amount means nothing without it), then a positive amount of ≤ 38
   * digits.
   */
  private Optional<RejectionReason> checkAmount(String asset, BigInteger amount) {
    if (assets.find(asset).isEmpty()) {
      return Optional.of(RejectionReason.UNKNOWN_ASSET);
    }
    if (amount == null || amount.signum() <= 0 || amount.toString().length() > Money.MAX_DIGITS) {
      return Optional.of(RejectionReason.INVALID_AMOUNT);
    }
    return Optional.empty();
  }

  /** Whether the asset is in the catalog: used to decide which system accounts a batch may need. */
  public boolean isKnownAsset(String asset) {
    return assets.find(asset).isPresent();
  }

  private static boolean isValidId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  private static Effect.Move move(
      EntryType type, String debit, String credit, String asset, BigInteger amount) {
    return new Effect.Move(type, debit, credit, asset, amount);
  }
}
