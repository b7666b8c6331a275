package dev.walletplatform.local.observe;

import java.math.BigInteger;
import java.util.Map;

/**
 * The ledger's invariants as read back from the database.
 *
 * @param sumOfAllBalancesByAsset must be zero per asset: double entry conserves money
 * @param customerTotalsByAsset what customers hold (deposits + claims - withdrawals)
 * @param negativeCustomerBalances must be zero
 * @param unbalancedMovements movements whose two entries do not sum to zero; must be zero
 * @param balancesDisagreeingWithEntries balances that differ from the sum of their entries; must be
 *     zero
 */
public record AuditReport(
    Map<String, BigInteger> sumOfAllBalancesByAsset,
    Map<String, BigInteger> customerTotalsByAsset,
    long negativeCustomerBalances,
    long unbalancedMovements,
    long balancesDisagreeingWithEntries,
    long ledgerEntries,
    long processedMessages) {

  public boolean moneyConserved() {
    return sumOfAllBalancesByAsset.values().stream().allMatch(sum -> sum.signum() == 0);
  }

  public boolean holds() {
    return moneyConserved()
        && negativeCustomerBalances == 0
        && unbalancedMovements == 0
        && balancesDisagreeingWithEntries == 0;
  }
}
