package dev.walletplatform.faults.check;

import dev.walletplatform.faults.workload.Answer;
import dev.walletplatform.faults.workload.BalanceRead;
import dev.walletplatform.faults.workload.ClientRequest;
import dev.walletplatform.faults.workload.History;
import dev.walletplatform.faults.workload.PoisonRecord;
import dev.walletplatform.faults.workload.PublishedDeposit;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decides whether a run kept the platform's promises. Pure: the same history, windows and ledger
 * snapshot always give the same report, which is what makes the checker itself testable.
 */
public final class Checker {
  /** Violations listed per category; the counts are always complete. */
  private static final int EXAMPLES_PER_CATEGORY = 5;

  private final Map<String, CampaignTerms> campaigns;

  public Checker(List<CampaignTerms> campaigns) {
    this.campaigns =
        campaigns.stream()
            .collect(Collectors.toUnmodifiableMap(CampaignTerms::campaign, Function.identity()));
  }

  public CheckReport check(History history, List<FaultWindow> windows, LedgerSnapshot ledger) {
    Violations violations = new Violations();
    Map<String, Tally> tallies = new LinkedHashMap<>();
    tallies.put("warm-up", new Tally());
    windows.forEach(w -> tallies.computeIfAbsent(w.kind(), k -> new Tally()).windows.add(w));
    Function<String, Tally> tally =
        phase -> tallies.computeIfAbsent(FaultWindow.kindOf(phase), k -> new Tally());

    Model model = new Model();
    countRequests(history.requests(), ledger, tally, model, violations);
    countDeposits(history.deposits(), ledger, tally, model, violations);
    checkOrder(history.requests(), ledger, tally, violations);
    checkReads(history.reads(), ledger, tally, violations);
    long mismatches = compareBalances(model, ledger, violations);
    long negative = countNegative(ledger, violations);
    checkTotals(ledger, violations);
    int deadLettered = checkPoison(history.poison(), ledger, violations);
    windows.stream()
        .filter(w -> w.drainedAt() == null)
        .forEach(
            w ->
                violations.add(
                    "never drained",
                    w.phase()
                        + ": the applier's backlog never drained after the heal at "
                        + w.healedAt()));

    Map<String, BigInteger> customerSum = new TreeMap<>();
    ledger
        .customerBalances()
        .values()
        .forEach(
            byAsset ->
                byAsset.forEach(
                    (asset, amount) -> customerSum.merge(asset, amount, BigInteger::add)));
    if (!customerSum.equals(model.expectedSums)) {
      violations.add(
          "not conserved",
          "customer balances sum to "
              + customerSum
              + " but applied deposits - withdrawals + claims are "
              + model.expectedSums);
    }
    List<FaultRow> rows = new ArrayList<>();
    tallies.forEach((kind, t) -> rows.add(t.row(kind)));
    Map<String, Long> rejectedByReason =
        history.requests().stream()
            .filter(r -> r.answer() == Answer.ACCEPTED)
            .map(r -> ledger.decisions().get(r.commandId()))
            .filter(d -> d != null && !d.applied())
            .collect(
                Collectors.groupingBy(
                    d -> String.valueOf(d.reasonCode()), TreeMap::new, Collectors.counting()));
    return new CheckReport(
        rows,
        customerSum,
        model.expectedSums,
        ledger.totalByAsset(),
        negative,
        mismatches,
        history.poison().size(),
        deadLettered,
        rejectedByReason,
        violations.all);
  }

  private void countRequests(
      List<ClientRequest> requests,
      LedgerSnapshot ledger,
      Function<String, Tally> tally,
      Model model,
      Violations violations) {
    for (ClientRequest r : requests) {
      Tally t = tally.apply(r.phase());
      t.sent++;
      if (r.attempts() > 1) {
        t.retried++;
      }
      Decision decision = ledger.decisions().get(r.commandId());
      switch (r.answer()) {
        case ACCEPTED -> {
          t.accepted++;
          if (decision == null) {
            t.lost++;
            violations.add(
                "lost",
                r.kind()
                    + " "
                    + r.commandId()
                    + " (key "
                    + r.idempotencyKey()
                    + ", wallet "
                    + r.wallet()
                    + ") was accepted in "
                    + r.phase()
                    + " at "
                    + r.answeredAt()
                    + " and never decided");
          } else if (decision.applied()) {
            t.applied++;
          } else {
            t.rejected++;
          }
        }
        case REFUSED -> {
          t.refused++;
          violations.add(
              "refused",
              "valid " + r.kind() + " " + r.idempotencyKey() + " was refused in " + r.phase());
        }
        case UNANSWERED -> t.unanswered++;
      }
      if (decision != null) {
        checkMovements(
            r.commandId(),
            decision,
            ledger,
            t,
            violations,
            r.kind() + " key " + r.idempotencyKey());
        if (decision.applied()) {
          model.apply(r, campaigns);
        }
      }
    }
  }

  private void countDeposits(
      List<PublishedDeposit> deposits,
      LedgerSnapshot ledger,
      Function<String, Tally> tally,
      Model model,
      Violations violations) {
    for (PublishedDeposit d : deposits) {
      Tally t = tally.apply(d.phase());
      Decision decision = ledger.decisions().get(d.eventId());
      if (d.acknowledged()) {
        t.depositsAcknowledged++;
        if (decision == null) {
          t.lost++;
          violations.add(
              "lost",
              "deposit "
                  + d.eventId()
                  + " to "
                  + d.wallet()
                  + " was acknowledged in "
                  + d.phase()
                  + " and never decided");
        }
      }
      if (decision != null) {
        checkMovements(d.eventId(), decision, ledger, t, violations, "deposit to " + d.wallet());
        if (decision.applied()) {
          model.credit(d.wallet(), d.asset(), d.amount());
          model.expectedSums.merge(d.asset(), d.amount(), BigInteger::add);
        }
      }
    }
  }

  /** One movement per applied message, none for a rejected one: anything more was applied twice. */
  private static void checkMovements(
      UUID id,
      Decision decision,
      LedgerSnapshot ledger,
      Tally t,
      Violations violations,
      String what) {
    int movements = ledger.movementsByMessage().getOrDefault(id, 0);
    int expected = decision.applied() ? 1 : 0;
    if (movements > expected) {
      t.duplicated++;
      violations.add(
          "duplicated",
          what
              + " ("
              + id
              + ") decided "
              + decision.status()
              + " but has "
              + movements
              + " movements");
    }
  }

  /**
   * A client sends its next request only after the previous answer, so for one wallet the answer
   * order is the acceptance order; the ledger must have decided them in it (source offsets) and,
   * for applied ones, numbered their entries in it.
   */
  private static void checkOrder(
      List<ClientRequest> requests,
      LedgerSnapshot ledger,
      Function<String, Tally> tally,
      Violations violations) {
    Map<String, Map<UUID, Long>> seqByWallet = new HashMap<>();
    ledger
        .entriesByWallet()
        .forEach(
            (wallet, entries) -> {
              Map<UUID, Long> seqs = new HashMap<>();
              entries.forEach(e -> seqs.putIfAbsent(e.messageId(), e.seq()));
              seqByWallet.put(wallet, seqs);
            });
    Map<String, List<ClientRequest>> byWallet =
        requests.stream()
            .filter(
                r -> r.answer() == Answer.ACCEPTED && ledger.decisions().containsKey(r.commandId()))
            .collect(Collectors.groupingBy(ClientRequest::wallet));
    byWallet.forEach(
        (wallet, list) -> {
          list.sort(Comparator.comparingLong(ClientRequest::answerSequence));
          Map<UUID, Long> seqs = seqByWallet.getOrDefault(wallet, Map.of());
          Decision lastPositioned = null;
          Long lastSeq = null;
          ClientRequest lastApplied = null;
          ClientRequest lastDecided = null;
          for (ClientRequest r : list) {
            Decision d = ledger.decisions().get(r.commandId());
            boolean violated = false;
            String why = null;
            if (d.hasPosition()) {
              if (lastPositioned != null
                  && lastPositioned.partition() == d.partition()
                  && d.offset() <= lastPositioned.offset()) {
                violated = true;
                why =
                    "decided at offset "
                        + d.offset()
                        + " after "
                        + lastDecided.commandId()
                        + " at offset "
                        + lastPositioned.offset()
                        + " though accepted later";
              }
              lastPositioned = d;
              lastDecided = r;
            }
            Long seq = seqs.get(r.commandId());
            if (d.applied() && seq != null) {
              if (lastSeq != null && seq <= lastSeq) {
                violated = true;
                why =
                    "entry #"
                        + seq
                        + " comes before entry #"
                        + lastSeq
                        + " of "
                        + lastApplied.commandId()
                        + " though accepted later";
              }
              lastSeq = seq;
              lastApplied = r;
            }
            if (violated) {
              tally.apply(r.phase()).orderViolations++;
              violations.add(
                  "order", "wallet " + wallet + ": " + r.kind() + " " + r.commandId() + " " + why);
            }
          }
        });
  }

  /**
   * A read may be stale, never torn: each amount must be a balance the wallet actually had (or 0),
   * never negative.
   */
  private static void checkReads(
      List<BalanceRead> reads,
      LedgerSnapshot ledger,
      Function<String, Tally> tally,
      Violations violations) {
    Map<String, Map<String, Set<BigInteger>>> states = new HashMap<>();
    ledger
        .entriesByWallet()
        .forEach(
            (wallet, entries) ->
                entries.forEach(
                    e ->
                        states
                            .computeIfAbsent(wallet, w -> new HashMap<>())
                            .computeIfAbsent(e.asset(), a -> new HashSet<>())
                            .add(e.balanceAfter())));
    for (BalanceRead read : reads) {
      Tally t = tally.apply(read.phase());
      t.reads++;
      for (Map.Entry<String, BigInteger> balance : read.balances().entrySet()) {
        BigInteger amount = balance.getValue();
        Set<BigInteger> had =
            states.getOrDefault(read.wallet(), Map.of()).getOrDefault(balance.getKey(), Set.of());
        if (amount.signum() < 0 || (amount.signum() != 0 && !had.contains(amount))) {
          t.badReads++;
          violations.add(
              "bad read",
              "wallet "
                  + read.wallet()
                  + " showed "
                  + balance.getKey()
                  + " "
                  + amount
                  + " in "
                  + read.phase()
                  + ", a balance its ledger entries never had");
          break;
        }
      }
    }
  }

  private static long compareBalances(Model model, LedgerSnapshot ledger, Violations violations) {
    long mismatches = 0;
    Set<String> wallets = new HashSet<>(ledger.customerBalances().keySet());
    wallets.addAll(model.balances.keySet());
    for (String wallet : wallets) {
      Map<String, BigInteger> actual = ledger.customerBalances().getOrDefault(wallet, Map.of());
      Map<String, BigInteger> expected = model.balances.getOrDefault(wallet, Map.of());
      Set<String> assets = new HashSet<>(actual.keySet());
      assets.addAll(expected.keySet());
      for (String asset : assets) {
        BigInteger a = actual.getOrDefault(asset, BigInteger.ZERO);
        BigInteger e = expected.getOrDefault(asset, BigInteger.ZERO);
        if (!a.equals(e)) {
          mismatches++;
          violations.add(
              "balance off the history",
              "wallet "
                  + wallet
                  + " holds "
                  + asset
                  + " "
                  + a
                  + " but its applied commands and deposits give "
                  + e);
        }
      }
    }
    return mismatches;
  }

  private static long countNegative(LedgerSnapshot ledger, Violations violations) {
    long negative = 0;
    for (Map.Entry<String, Map<String, BigInteger>> wallet : ledger.customerBalances().entrySet()) {
      for (Map.Entry<String, BigInteger> balance : wallet.getValue().entrySet()) {
        if (balance.getValue().signum() < 0) {
          negative++;
          violations.add(
              "negative balance",
              "wallet "
                  + wallet.getKey()
                  + " holds "
                  + balance.getKey()
                  + " "
                  + balance.getValue());
        }
      }
    }
    return negative;
  }

  private static void checkTotals(LedgerSnapshot ledger, Violations violations) {
    ledger
        .totalByAsset()
        .forEach(
            (asset, total) -> {
              if (total.signum() != 0) {
                violations.add(
                    "not conserved",
                    "all "
                        + asset
                        + " balances (system accounts included) sum to "
                        + total
                        + ", not 0");
              }
            });
  }

  private static int checkPoison(
      List<PoisonRecord> poison, LedgerSnapshot ledger, Violations violations) {
    int deadLettered = 0;
    for (PoisonRecord p : poison) {
      if (ledger.deadLetterCodes().containsKey(p.poisonId())) {
        deadLettered++;
      } else {
        violations.add(
            "poison not dead-lettered",
            "poison "
                + p.poisonId()
                + " at "
                + p.topic()
                + "-"
                + p.partition()
                + "@"
                + p.offset()
                + " ("
                + p.phase()
                + ") is not on the dead-letter topic");
      }
    }
    return deadLettered;
  }

  /**
   * Balances recomputed from the history alone: what the ledger must hold if nothing was lost or
   * doubled.
   */
  private static final class Model {
    final Map<String, Map<String, BigInteger>> balances = new HashMap<>();
    final Map<String, BigInteger> expectedSums = new TreeMap<>();

    void apply(ClientRequest r, Map<String, CampaignTerms> campaigns) {
      switch (r.kind()) {
        case TRANSFER -> {
          credit(r.wallet(), r.asset(), r.amount().negate());
          credit(r.counterparty(), r.asset(), r.amount());
        }
        case WITHDRAWAL -> {
          credit(r.wallet(), r.asset(), r.amount().negate());
          expectedSums.merge(r.asset(), r.amount().negate(), BigInteger::add);
        }
        case CLAIM -> {
          CampaignTerms terms = campaigns.get(r.campaign());
          if (terms == null) {
            throw new IllegalArgumentException(
                "claim "
                    + r.commandId()
                    + " on campaign "
                    + r.campaign()
                    + " applied, but the checker was not told its terms (known: "
                    + campaigns.keySet()
                    + ")");
          }
          credit(r.wallet(), terms.asset(), terms.perClaim());
          expectedSums.merge(terms.asset(), terms.perClaim(), BigInteger::add);
        }
      }
    }

    void credit(String wallet, String asset, BigInteger amount) {
      balances.computeIfAbsent(wallet, w -> new HashMap<>()).merge(asset, amount, BigInteger::add);
    }
  }

  private static final class Tally {
    final List<FaultWindow> windows = new ArrayList<>();
    long sent, accepted, applied, rejected, retried, unanswered, depositsAcknowledged, reads;
    long lost, duplicated, refused, orderViolations, badReads;

    FaultRow row(String kind) {
      Duration maxHeal =
          windows.stream()
              .map(FaultWindow::healTime)
              .filter(java.util.Objects::nonNull)
              .max(Comparator.naturalOrder())
              .orElse(null);
      boolean neverDrained = windows.stream().anyMatch(w -> w.drainedAt() == null);
      return new FaultRow(
          kind,
          windows.size(),
          sent,
          accepted,
          applied,
          rejected,
          retried,
          unanswered,
          depositsAcknowledged,
          reads,
          lost,
          duplicated,
          refused,
          orderViolations,
          badReads,
          maxHeal,
          neverDrained);
    }
  }

  private static final class Violations {
    final List<String> all = new ArrayList<>();
    final Map<String, Integer> perCategory = new HashMap<>();

    void add(String category, String description) {
      int seen = perCategory.merge(category, 1, Integer::sum);
      if (seen <= EXAMPLES_PER_CATEGORY) {
        all.add(category + ": " + description);
      } else if (seen == EXAMPLES_PER_CATEGORY + 1) {
        all.add(
            category + ": (further " + category + " violations counted in the table, not listed)");
      }
    }
  }
}
