package dev.walletplatform.processors.ledger.rules;

import static dev.walletplatform.processors.ledger.rules.Messages.NOW;
import static dev.walletplatform.processors.ledger.rules.Messages.deposit;
import static dev.walletplatform.processors.ledger.rules.Messages.openWallet;
import static dev.walletplatform.processors.ledger.rules.Messages.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.processors.ledger.model.Instruction;
import dev.walletplatform.processors.ledger.model.LedgerMessage;
import dev.walletplatform.processors.ledger.model.Outcome;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LedgerBatchTest {
  private final InMemoryLedger ledger = new InMemoryLedger();

  @Test
  void appliesABatchInRecordOrderSoLaterMessagesSeeEarlierEffects() {
    LedgerBatch.Result result =
        ledger.apply(
            openWallet("alice"),
            openWallet("bob"),
            transfer("alice", "bob", "BTC", 5),
            deposit("alice", "BTC", 10),
            transfer("alice", "bob", "BTC", 5));
    assertThat(result.handled())
        .extracting(h -> h.outcome().status())
        .containsExactly(
            Outcome.Status.APPLIED,
            Outcome.Status.APPLIED,
            Outcome.Status.REJECTED,
            Outcome.Status.APPLIED,
            Outcome.Status.APPLIED);
    assertThat(ledger.balance("bob", "BTC")).isEqualTo(5);
  }

  @Test
  void writesEachTouchedRowOnceWithItsFinalValue() {
    ledger.apply(openWallet("alice"), openWallet("bob"), deposit("alice", "BTC", 100));
    LedgerBatch.Result result =
        ledger.apply(
            transfer("alice", "bob", "BTC", 1),
            transfer("alice", "bob", "BTC", 2),
            transfer("bob", "alice", "BTC", 1));
    assertThat(result.changes().balances()).hasSize(2);
    assertThat(result.changes().walletEntryCounts())
        .containsEntry("alice", 4L)
        .containsEntry("bob", 3L);
    assertThat(result.changes().entries()).hasSize(6);
  }

  @Test
  void appliesEachCommandOnceWhenRedelivered() {
    ledger.apply(openWallet("alice"), openWallet("bob"), deposit("alice", "BTC", 100));
    LedgerMessage move = transfer("alice", "bob", "BTC", 30);
    ledger.apply(move);
    LedgerBatch.Result again = ledger.apply(move, move);
    assertThat(again.handled())
        .extracting(LedgerBatch.Handled::disposition)
        .containsOnly(LedgerBatch.Disposition.REDELIVERED);
    assertThat(again.changes().isEmpty()).isTrue();
    assertThat(ledger.balance("bob", "BTC")).isEqualTo(30);
  }

  @Test
  void appliesADuplicateWithinOneBatchOnce() {
    ledger.apply(openWallet("alice"), openWallet("bob"), deposit("alice", "BTC", 100));
    LedgerMessage move = transfer("alice", "bob", "BTC", 30);
    LedgerBatch.Result result = ledger.apply(move, move);
    assertThat(result.handled())
        .extracting(LedgerBatch.Handled::disposition)
        .containsExactly(LedgerBatch.Disposition.DECIDED, LedgerBatch.Disposition.REDELIVERED);
    assertThat(ledger.balance("bob", "BTC")).isEqualTo(30);
  }

  @Test
  void neverAppliesACommandIdReusedWithAnotherRequestHash() {
    ledger.apply(openWallet("alice"), openWallet("bob"), deposit("alice", "BTC", 100));
    UUID id = UUID.randomUUID();
    ledger.apply(
        Messages.command(
            id, "hash-a", NOW, new Instruction.Transfer("alice", "bob", "BTC", BigInteger.TEN)));
    LedgerBatch.Result reused =
        ledger.apply(
            Messages.command(
                id,
                "hash-b",
                NOW,
                new Instruction.Transfer("alice", "bob", "BTC", BigInteger.valueOf(90))));
    assertThat(reused.handled().getFirst().disposition())
        .isEqualTo(LedgerBatch.Disposition.HASH_CONFLICT);
    assertThat(reused.handled().getFirst().outcome().status()).isEqualTo(Outcome.Status.APPLIED);
    assertThat(ledger.balance("bob", "BTC")).isEqualTo(10);
    assertThat(ledger.processed.get(id).requestHash()).isEqualTo("hash-a");
  }

  @Test
  void conservesMoneyPerAssetAndKeepsCustomerBalancesNonNegative() {
    Random random = new Random(42);
    List<String> wallets = List.of("w-a", "w-b", "w-c", "w-d", "w-e");
    List<LedgerMessage> opening =
        new ArrayList<>(wallets.stream().map(Messages::openWallet).toList());
    opening.add(Messages.openCampaign("promo", "ETH", 7, 50));
    ledger.apply(opening);
    for (int batch = 0; batch < 50; batch++) {
      List<LedgerMessage> messages = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        messages.add(randomMessage(random, wallets));
      }
      ledger.apply(messages);
      for (Map.Entry<String, BigInteger> sum : ledger.sumPerAsset().entrySet()) {
        assertThat(sum.getValue()).as("sum of all %s balances", sum.getKey()).isZero();
      }
    }
    ledger.balances.values().stream()
        .filter(b -> !SystemAccounts.allowsNegative(b.key().walletId()))
        .forEach(
            b -> assertThat(b.amount().signum()).as(b.key().toString()).isGreaterThanOrEqualTo(0));
    assertThat(
            ledger.entries.stream()
                .map(LedgerEntry::amount)
                .reduce(BigInteger.ZERO, BigInteger::add))
        .isZero();
  }

  private LedgerMessage randomMessage(Random random, List<String> wallets) {
    String a = wallets.get(random.nextInt(wallets.size()));
    String b = wallets.get(random.nextInt(wallets.size()));
    String asset = random.nextBoolean() ? "BTC" : "ETH";
    long amount = 1L + random.nextInt(100);
    return switch (random.nextInt(5)) {
      case 0 -> deposit(a, asset, amount);
      case 1 -> Messages.withdraw(a, asset, amount);
      case 2 -> Messages.claim("promo", a, NOW);
      default -> transfer(a, b, asset, amount);
    };
  }
}
