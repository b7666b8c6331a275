package dev.walletplatform.faults.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The verdict of a run: a row per fault kind, the global money checks, and a readable line for each
 * violation found (the first few of each kind) so a failure says what to look at.
 *
 * @param customerSumByAsset what the customer balances add up to per asset
 * @param expectedSumByAsset applied deposits − applied withdrawals + applied claims, per asset
 * @param totalByAsset all balances, system accounts included, per asset (0 when conserved)
 * @param negativeBalances customer wallet/asset pairs below zero
 * @param modelMismatches customer wallet/asset pairs whose balance differs from the one recomputed
 *     from the history's applied commands and deposits
 * @param poisonInjected poison records written
 * @param poisonDeadLettered of those, found on the dead-letter topic with an error code
 * @param rejectedByReason accepted client commands rejected, by reason code
 * @param violations human-readable descriptions of every violation counted
 */
public record CheckReport(
    List<FaultRow> rows,
    Map<String, BigInteger> customerSumByAsset,
    Map<String, BigInteger> expectedSumByAsset,
    Map<String, BigInteger> totalByAsset,
    long negativeBalances,
    long modelMismatches,
    int poisonInjected,
    int poisonDeadLettered,
    Map<String, Long> rejectedByReason,
    List<String> violations) {

  public CheckReport {
    rows = List.copyOf(rows);
    customerSumByAsset = Map.copyOf(customerSumByAsset);
    expectedSumByAsset = Map.copyOf(expectedSumByAsset);
    totalByAsset = Map.copyOf(totalByAsset);
    rejectedByReason = Map.copyOf(rejectedByReason);
    violations = List.copyOf(violations);
  }

  public boolean conserved() {
    return customerSumByAsset.equals(expectedSumByAsset)
        && totalByAsset.values().stream().allMatch(v -> v.signum() == 0);
  }

  public boolean passed() {
    return violations.isEmpty();
  }

  /** Totals over all rows, for the report's last line. */
  public FaultRow total() {
    List<FaultRow> all = new ArrayList<>(rows);
    FaultRow sum = new FaultRow("all", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, false);
    for (FaultRow r : all) {
      java.time.Duration heal =
          sum.maxHealTime() == null
              ? r.maxHealTime()
              : r.maxHealTime() == null
                  ? sum.maxHealTime()
                  : (r.maxHealTime().compareTo(sum.maxHealTime()) > 0
                      ? r.maxHealTime()
                      : sum.maxHealTime());
      sum =
          new FaultRow(
              "all",
              sum.occurrences() + r.occurrences(),
              sum.sent() + r.sent(),
              sum.accepted() + r.accepted(),
              sum.applied() + r.applied(),
              sum.rejected() + r.rejected(),
              sum.retried() + r.retried(),
              sum.unanswered() + r.unanswered(),
              sum.depositsAcknowledged() + r.depositsAcknowledged(),
              sum.reads() + r.reads(),
              sum.lost() + r.lost(),
              sum.duplicated() + r.duplicated(),
              sum.refused() + r.refused(),
              sum.orderViolations() + r.orderViolations(),
              sum.badReads() + r.badReads(),
              heal,
              sum.neverDrained() || r.neverDrained());
    }
    return sum;
  }
}
