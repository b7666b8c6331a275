package dev.walletplatform.processors.ledger.rules;

import static dev.walletplatform.processors.ledger.rules.Messages.NOW;
import static dev.walletplatform.processors.ledger.rules.Messages.claim;
import static dev.walletplatform.processors.ledger.rules.Messages.deposit;
import static dev.walletplatform.processors.ledger.rules.Messages.fail;
import static dev.walletplatform.processors.ledger.rules.Messages.openCampaign;
import static dev.walletplatform.processors.ledger.rules.Messages.openWallet;
import static dev.walletplatform.processors.ledger.rules.Messages.settle;
import static dev.walletplatform.processors.ledger.rules.Messages.transfer;
import static dev.walletplatform.processors.ledger.rules.Messages.withdraw;
import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.domain.ledger.RejectionReason;
import dev.walletplatform.processors.ledger.model.Instruction;
import dev.walletplatform.processors.ledger.model.LedgerMessage;
import dev.walletplatform.processors.ledger.model.Outcome;
import java.math.BigInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LedgerRulesTest {
  private InMemoryLedger ledger;

  @BeforeEach
  void twoFundedWallets() {
    ledger = new InMemoryLedger();
    ledger.apply(openWallet("alice"), openWallet("bob"), deposit("alice", "BTC", 1_000));
  }

  @Test
  void depositCreditsTheWalletFromTheShardedExternalAccount() {
    assertThat(ledger.balance("alice", "BTC")).isEqualTo(1_000);
    assertThat(ledger.balance(SystemAccounts.external("BTC", 0), "BTC")).isEqualTo(-1_000);
    assertThat(ledger.entries).hasSize(2);
    assertThat(ledger.entries.get(0).movementId()).isEqualTo(ledger.entries.get(1).movementId());
  }

  @Test
  void transferMovesFundsWithTwoEntriesThatSumToZero() {
    assertApplied(transfer("alice", "bob", "BTC", 400));
    assertThat(ledger.balance("alice", "BTC")).isEqualTo(600);
    assertThat(ledger.balance("bob", "BTC")).isEqualTo(400);
    LedgerEntry debit = ledger.entries.get(2);
    LedgerEntry credit = ledger.entries.get(3);
    assertThat(debit.amount().add(credit.amount())).isZero();
    assertThat(debit.balanceAfter()).isEqualTo(600);
    assertThat(credit.entrySeq()).isEqualTo(1);
    assertThat(debit.entrySeq()).isEqualTo(2);
  }

  @Test
  void rejectsTransferWhenBalanceIsInsufficient() {
    assertRejected(transfer("alice", "bob", "BTC", 1_001), RejectionReason.INSUFFICIENT_FUNDS);
    assertThat(ledger.balance("alice", "BTC")).isEqualTo(1_000);
  }

  @Test
  void rejectsTransferToOrFromAnUnknownWallet() {
    assertRejected(transfer("alice", "carol", "BTC", 1), RejectionReason.UNKNOWN_WALLET);
    assertRejected(transfer("carol", "alice", "BTC", 1), RejectionReason.UNKNOWN_WALLET);
  }

  @Test
  void rejectsTransferOfAnUnknownAsset() {
    assertRejected(transfer("alice", "bob", "DOGE", 1), RejectionReason.UNKNOWN_ASSET);
  }

  @Test
  void rejectsTransferToTheSameWallet() {
    assertRejected(transfer("alice", "alice", "BTC", 1), RejectionReason.SAME_WALLET);
  }

  @Test
  void rejectsZeroOrNegativeAmounts() {
    assertRejected(transfer("alice", "bob", "BTC", 0), RejectionReason.INVALID_AMOUNT);
    assertRejected(deposit("alice", "BTC", -5), RejectionReason.INVALID_AMOUNT);
  }

  @Test
  void rejectsMovementsNamingASystemAccount() {
    String external = SystemAccounts.external("BTC", 0);
    assertRejected(transfer("alice", external, "BTC", 1), RejectionReason.UNKNOWN_WALLET);
    assertRejected(deposit(external, "BTC", 1), RejectionReason.UNKNOWN_WALLET);
    assertRejected(openWallet(external), RejectionReason.INVALID_WALLET_ID);
  }

  @Test
  void rejectsOpeningAnExistingWallet() {
    assertRejected(openWallet("alice"), RejectionReason.DUPLICATE_WALLET);
  }

  @Test
  void rejectsDepositToAnUnknownWalletOrAsset() {
    assertRejected(deposit("carol", "BTC", 1), RejectionReason.UNKNOWN_WALLET);
    assertRejected(deposit("alice", "DOGE", 1), RejectionReason.UNKNOWN_ASSET);
  }

  @Test
  void withdrawalHoldsFundsUntilSettledToTheExternalAccount() {
    LedgerMessage request = withdraw("alice", "BTC", 300);
    assertApplied(request);
    String holding = SystemAccounts.withdrawalsPending("BTC", 0);
    assertThat(ledger.balance("alice", "BTC")).isEqualTo(700);
    assertThat(ledger.balance(holding, "BTC")).isEqualTo(300);
    assertThat(ledger.withdrawals.get(request.id()).status())
        .isEqualTo(WithdrawalState.Status.PENDING);

    assertApplied(settle(request.id(), "alice", "BTC", 300));
    assertThat(ledger.balance(holding, "BTC")).isZero();
    assertThat(ledger.balance(SystemAccounts.external("BTC", 0), "BTC")).isEqualTo(-700);
    assertThat(ledger.withdrawals.get(request.id()).status())
        .isEqualTo(WithdrawalState.Status.SETTLED);
    assertRejected(settle(request.id(), "alice", "BTC", 300), RejectionReason.UNKNOWN_WITHDRAWAL);
  }

  @Test
  void failedWithdrawalRefundsTheWallet() {
    LedgerMessage request = withdraw("alice", "BTC", 300);
    assertApplied(request);
    assertApplied(fail(request.id(), "alice", "BTC", 300));
    assertThat(ledger.balance("alice", "BTC")).isEqualTo(1_000);
    assertThat(ledger.withdrawals.get(request.id()).status())
        .isEqualTo(WithdrawalState.Status.FAILED);
  }

  @Test
  void rejectsWithdrawalBeyondTheBalance() {
    assertRejected(withdraw("alice", "BTC", 5_000), RejectionReason.INSUFFICIENT_FUNDS);
  }

  @Test
  void rejectsSettlementThatDiffersFromThePendingWithdrawal() {
    LedgerMessage request = withdraw("alice", "BTC", 300);
    assertApplied(request);
    assertRejected(settle(request.id(), "alice", "BTC", 299), RejectionReason.WITHDRAWAL_MISMATCH);
    assertRejected(fail(request.id(), "bob", "BTC", 300), RejectionReason.WITHDRAWAL_MISMATCH);
    assertRejected(
        settle(java.util.UUID.randomUUID(), "alice", "BTC", 300),
        RejectionReason.UNKNOWN_WITHDRAWAL);
  }

  @Test
  void campaignIsFundedFromTheTreasuryAndPaysOneClaimPerWallet() {
    assertApplied(openCampaign("spring", "USDC", 10, 25));
    assertThat(ledger.balance(SystemAccounts.campaign("spring"), "USDC")).isEqualTo(25);
    assertThat(ledger.balance(SystemAccounts.giveawayTreasury("USDC"), "USDC")).isEqualTo(-25);

    assertApplied(claim("spring", "alice", NOW));
    assertRejected(claim("spring", "alice", NOW), RejectionReason.ALREADY_CLAIMED);
    assertApplied(claim("spring", "bob", NOW));
    assertThat(ledger.balance("alice", "USDC")).isEqualTo(10);
    assertThat(ledger.campaigns.get("spring").claimedTotal()).isEqualTo(20);
  }

  @Test
  void rejectsClaimWhenTheBudgetCannotCoverIt() {
    ledger.apply(openWallet("carol"), openCampaign("tiny", "USDC", 10, 15));
    assertApplied(claim("tiny", "alice", NOW));
    assertRejected(claim("tiny", "bob", NOW), RejectionReason.CAMPAIGN_BUDGET_EXHAUSTED);
    assertThat(ledger.balance(SystemAccounts.campaign("tiny"), "USDC")).isEqualTo(5);
  }

  @Test
  void judgesTheClaimWindowByAcceptedAtNotTheClock() {
    ledger.apply(openCampaign("window", "USDC", 1, 100));
    assertRejected(
        claim("window", "alice", NOW.minusSeconds(3601)), RejectionReason.CAMPAIGN_NOT_OPEN);
    assertRejected(
        claim("window", "alice", NOW.plusSeconds(3600)), RejectionReason.CAMPAIGN_NOT_OPEN);
    assertApplied(claim("window", "alice", NOW.minusSeconds(3600)));
  }

  @Test
  void rejectsClaimOnAnUnknownCampaignOrWallet() {
    ledger.apply(openCampaign("known", "USDC", 1, 100));
    assertRejected(claim("nope", "alice", NOW), RejectionReason.UNKNOWN_CAMPAIGN);
    assertRejected(claim("known", "carol", NOW), RejectionReason.UNKNOWN_WALLET);
  }

  @Test
  void rejectsDuplicateOrInvalidCampaigns() {
    assertApplied(openCampaign("once", "USDC", 1, 100));
    assertRejected(openCampaign("once", "USDC", 1, 100), RejectionReason.DUPLICATE_CAMPAIGN);
    assertRejected(openCampaign("small", "USDC", 10, 5), RejectionReason.INVALID_CAMPAIGN);
    assertRejected(
        Messages.event(
            new Instruction.OpenCampaign(
                "empty-window", "USDC", BigInteger.ONE, BigInteger.TEN, NOW, NOW)),
        RejectionReason.INVALID_CAMPAIGN);
    assertRejected(openCampaign("bad-asset", "DOGE", 1, 100), RejectionReason.UNKNOWN_ASSET);
  }

  private void assertApplied(LedgerMessage message) {
    Outcome outcome = ledger.applyOne(message);
    assertThat(outcome.status())
        .as("%s -> %s", message, outcome.reasonCode())
        .isEqualTo(Outcome.Status.APPLIED);
  }

  private void assertRejected(LedgerMessage message, RejectionReason reason) {
    Outcome outcome = ledger.applyOne(message);
    assertThat(outcome.status()).as(message.toString()).isEqualTo(Outcome.Status.REJECTED);
    assertThat(outcome.reasonCode()).isEqualTo(reason.name());
  }
}
