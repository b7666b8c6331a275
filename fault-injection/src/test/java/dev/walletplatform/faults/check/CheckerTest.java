package dev.walletplatform.faults.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.faults.workload.Answer;
import dev.walletplatform.faults.workload.BalanceRead;
import dev.walletplatform.faults.workload.ClientRequest;
import dev.walletplatform.faults.workload.PoisonRecord;
import dev.walletplatform.faults.workload.RequestKind;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckerTest {
  private static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z");
  private static final List<FaultWindow> WINDOWS =
      List.of(
          new FaultWindow(
              "kill-applier#1", "kill-applier", T0, T0.plusSeconds(5), T0.plusSeconds(7)));

  private final LedgerFixture ledger = new LedgerFixture();

  @BeforeEach
  void fundWallets() {
    ledger.deposit("alice", 1_000);
    ledger.deposit("bob", 1_000);
  }

  @Test
  void aCorrectRunPassesAndIsCountedPerFaultKind() {
    ledger.transfer("warm-up", "alice", "bob", 100);
    ledger.transfer("kill-applier#1", "bob", "alice", 30);
    ledger.rejectedTransfer("kill-applier#1", "alice", "bob", 5_000);
    ledger.history.record(
        new BalanceRead("bob", Map.of("USDC", BigInteger.valueOf(1_100)), "kill-applier#1"));

    CheckReport report = ledger.check(WINDOWS);

    assertThat(report.violations()).isEmpty();
    assertThat(report.passed()).isTrue();
    assertThat(report.conserved()).isTrue();
    FaultRow fault = row(report, "kill-applier");
    assertThat(fault.sent()).isEqualTo(2);
    assertThat(fault.accepted()).isEqualTo(2);
    assertThat(fault.applied()).isEqualTo(1);
    assertThat(fault.rejected()).isEqualTo(1);
    assertThat(fault.reads()).isEqualTo(1);
    assertThat(fault.maxHealTime()).hasSeconds(2);
    assertThat(row(report, "warm-up").depositsAcknowledged()).isEqualTo(2);
  }

  @Test
  void reportsAnAcceptedCommandThatWasNeverDecidedAsLost() {
    ClientRequest accepted =
        ledger.request("kill-applier#1", RequestKind.TRANSFER, "alice", "bob", 10, Answer.ACCEPTED);
    ledger.history.record(accepted);

    CheckReport report = ledger.check(WINDOWS);

    assertThat(row(report, "kill-applier").lost()).isEqualTo(1);
    assertThat(report.violations())
        .singleElement()
        .asString()
        .startsWith("lost: TRANSFER " + accepted.commandId());
  }

  @Test
  void anUnansweredRequestThatNeverArrivedIsNotLost() {
    ledger.history.record(
        ledger.request(
            "kill-applier#1", RequestKind.TRANSFER, "alice", "bob", 10, Answer.UNANSWERED));

    CheckReport report = ledger.check(WINDOWS);

    assertThat(report.violations()).isEmpty();
    assertThat(row(report, "kill-applier").unanswered()).isEqualTo(1);
  }

  @Test
  void reportsACommandAppliedTwice() {
    ClientRequest twice = ledger.transfer("kill-applier#1", "alice", "bob", 100);
    // the same command's movement a second time, as a double-applying applier would leave it
    ledger.movements.merge(twice.commandId(), 1, Integer::sum);
    ledger.post(twice.commandId(), "alice", -100);
    ledger.post(twice.commandId(), "bob", 100);

    CheckReport report = ledger.check(WINDOWS);

    assertThat(row(report, "kill-applier").duplicated()).isEqualTo(1);
    assertThat(report.modelMismatches())
        .as("alice and bob are both off what the history gives")
        .isEqualTo(2);
    assertThat(report.violations())
        .anyMatch(v -> v.startsWith("duplicated: TRANSFER key " + twice.idempotencyKey()));
  }

  @Test
  void reportsCommandsOfOneWalletDecidedOutOfAcceptanceOrder() {
    ClientRequest first = ledger.transfer("kill-applier#1", "alice", "bob", 100);
    ClientRequest second = ledger.transfer("kill-applier#1", "alice", "bob", 200);
    // the ledger took the later-accepted command from an earlier offset
    ledger.decisions.put(
        second.commandId(),
        new Decision(
            Decision.APPLIED, null, 0, ledger.decisions.get(first.commandId()).offset() - 1));

    CheckReport report = ledger.check(WINDOWS);

    assertThat(row(report, "kill-applier").orderViolations()).isEqualTo(1);
    assertThat(report.violations())
        .singleElement()
        .asString()
        .startsWith("order: wallet alice: TRANSFER " + second.commandId());
  }

  @Test
  void reportsEntriesNumberedOutOfAcceptanceOrder() {
    ClientRequest first = ledger.transfer("warm-up", "alice", "bob", 100);
    ClientRequest second = ledger.transfer("warm-up", "alice", "bob", 200);
    List<WalletEntry> alice = ledger.entries.get("alice");
    WalletEntry a = alice.get(1);
    WalletEntry b = alice.get(2);
    alice.set(
        1, new WalletEntry(a.seq(), second.commandId(), a.asset(), a.amount(), a.balanceAfter()));
    alice.set(
        2, new WalletEntry(b.seq(), first.commandId(), b.asset(), b.amount(), b.balanceAfter()));

    CheckReport report = ledger.check(WINDOWS);

    assertThat(row(report, "warm-up").orderViolations()).isEqualTo(1);
  }

  @Test
  void reportsAReadOfABalanceTheWalletNeverHad() {
    ledger.transfer("warm-up", "alice", "bob", 100);
    // bob went 0 -> 1000 -> 1100; 1050 never existed (half of a movement)
    ledger.history.record(
        new BalanceRead("bob", Map.of("USDC", BigInteger.valueOf(1_050)), "kill-applier#1"));
    ledger.history.record(
        new BalanceRead("bob", Map.of("USDC", BigInteger.valueOf(1_000)), "kill-applier#1"));

    CheckReport report = ledger.check(WINDOWS);

    assertThat(row(report, "kill-applier").badReads()).isEqualTo(1);
    assertThat(row(report, "kill-applier").reads()).isEqualTo(2);
  }

  @Test
  void reportsANegativeBalanceAndMoneyNotConserved() {
    ledger.balances.get("alice").put("USDC", BigInteger.valueOf(-1));

    CheckReport report = ledger.check(WINDOWS);

    assertThat(report.negativeBalances()).isEqualTo(1);
    assertThat(report.conserved()).isFalse();
    assertThat(report.violations())
        .anyMatch(v -> v.startsWith("not conserved: customer balances sum to"));
  }

  @Test
  void reportsARefusedValidRequestAndPoisonMissingFromTheDeadLetters() {
    ledger.history.record(
        ledger.request("warm-up", RequestKind.WITHDRAWAL, "alice", null, 1, Answer.REFUSED));
    ledger.history.record(new PoisonRecord("p-1", "wallet.commands.v1", 0, 5, "warm-up"));
    ledger.history.record(new PoisonRecord("p-2", "wallet.commands.v1", 1, 9, "warm-up"));
    ledger.deadLetters.put("p-1", "DECODING_FAILED");

    CheckReport report = ledger.check(WINDOWS);

    assertThat(row(report, "warm-up").refused()).isEqualTo(1);
    assertThat(report.poisonDeadLettered()).isEqualTo(1);
    assertThat(report.violations())
        .anyMatch(v -> v.startsWith("poison not dead-lettered: poison p-2"));
  }

  @Test
  void aFaultWhoseBacklogNeverDrainedFailsTheRun() {
    CheckReport report =
        ledger.check(
            List.of(new FaultWindow("kill-broker#1", "kill-broker", T0, T0.plusSeconds(9), null)));

    assertThat(row(report, "kill-broker").neverDrained()).isTrue();
    assertThat(report.passed()).isFalse();
  }

  private static FaultRow row(CheckReport report, String kind) {
    return report.rows().stream()
        .filter(r -> r.kind().equals(kind))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + kind + " in " + report.rows()));
  }
}
