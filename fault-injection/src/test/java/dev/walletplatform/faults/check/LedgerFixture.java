package dev.walletplatform.faults.check;

import dev.walletplatform.faults.workload.Answer;
import dev.walletplatform.faults.workload.ClientRequest;
import dev.walletplatform.faults.workload.History;
import dev.walletplatform.faults.workload.PublishedDeposit;
import dev.walletplatform.faults.workload.RequestKind;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds a history and the ledger snapshot a correct platform would leave for it, so each test can
 * then break exactly one thing and expect the checker to name it.
 */
final class LedgerFixture {
  static final String ASSET = "USDC";

  final History history = new History();
  final Map<UUID, Decision> decisions = new HashMap<>();
  final Map<UUID, Integer> movements = new HashMap<>();
  final Map<String, List<WalletEntry>> entries = new HashMap<>();
  final Map<String, Map<String, BigInteger>> balances = new HashMap<>();
  final Map<String, BigInteger> totals = new HashMap<>(Map.of(ASSET, BigInteger.ZERO));
  final Map<String, String> deadLetters = new HashMap<>();
  private long nextOffset;
  private long answers;

  PublishedDeposit deposit(String wallet, long amount) {
    PublishedDeposit d =
        new PublishedDeposit(
            UUID.randomUUID(), wallet, ASSET, BigInteger.valueOf(amount), "warm-up", true);
    history.record(d);
    decide(d.eventId(), true, 0);
    post(d.eventId(), wallet, amount);
    post(d.eventId(), "sys:external", -amount);
    return d;
  }

  /** A transfer accepted and applied in order: entries, offsets and balances follow. */
  ClientRequest transfer(String phase, String from, String to, long amount) {
    ClientRequest r = request(phase, RequestKind.TRANSFER, from, to, amount, Answer.ACCEPTED);
    history.record(r);
    decide(r.commandId(), true, 0);
    post(r.commandId(), from, -amount);
    post(r.commandId(), to, amount);
    return r;
  }

  ClientRequest rejectedTransfer(String phase, String from, String to, long amount) {
    ClientRequest r = request(phase, RequestKind.TRANSFER, from, to, amount, Answer.ACCEPTED);
    history.record(r);
    decide(r.commandId(), false, 0);
    return r;
  }

  ClientRequest request(
      String phase,
      RequestKind kind,
      String wallet,
      String counterparty,
      long amount,
      Answer answer) {
    String key = "key-" + UUID.randomUUID();
    return new ClientRequest(
        "client-1",
        key,
        UUID.randomUUID(),
        kind,
        wallet,
        counterparty,
        ASSET,
        BigInteger.valueOf(amount),
        null,
        phase,
        Instant.EPOCH,
        Instant.EPOCH,
        answer,
        1,
        ++answers);
  }

  void decide(UUID id, boolean applied, int partition) {
    decisions.put(
        id,
        new Decision(
            applied ? Decision.APPLIED : Decision.REJECTED,
            applied ? null : "INSUFFICIENT_FUNDS",
            partition,
            nextOffset++));
    if (applied) {
      movements.merge(id, 1, Integer::sum);
    }
  }

  void post(UUID message, String wallet, long amount) {
    List<WalletEntry> list = entries.computeIfAbsent(wallet, w -> new ArrayList<>());
    BigInteger before = list.isEmpty() ? BigInteger.ZERO : list.get(list.size() - 1).balanceAfter();
    BigInteger after = before.add(BigInteger.valueOf(amount));
    list.add(new WalletEntry(list.size() + 1, message, ASSET, BigInteger.valueOf(amount), after));
    if (!wallet.startsWith("sys:")) {
      balances.computeIfAbsent(wallet, w -> new HashMap<>()).put(ASSET, after);
    }
    totals.merge(ASSET, BigInteger.valueOf(amount), BigInteger::add);
  }

  LedgerSnapshot snapshot() {
    return new LedgerSnapshot(decisions, movements, entries, balances, totals, deadLetters);
  }

  CheckReport check(List<FaultWindow> windows) {
    return new Checker(List.of()).check(history, windows, snapshot());
  }
}
