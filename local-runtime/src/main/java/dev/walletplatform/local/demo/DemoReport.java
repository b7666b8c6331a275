package dev.walletplatform.local.demo;

import dev.walletplatform.fixtures.ledger.LedgerCheck;
import java.time.Duration;
import java.util.Map;

/**
 * What the demo burst showed: the gateway's answers, what the ledger decided, the most database
 * connections PostgreSQL saw during the burst against the pools' total, and how long the queue took
 * to drain after the last request was answered.
 */
public record DemoReport(
    BurstResult burst,
    Map<String, Integer> decidedByStatus,
    Map<String, Integer> rejectedByReason,
    int peakDatabaseConnections,
    Map<String, Integer> peakConnectionsByApplication,
    int poolTotal,
    Duration drainAfterBurst,
    LedgerCheck audit) {

  public int lost() {
    return decidedByStatus.getOrDefault("PENDING", 0);
  }

  public String render() {
    StringBuilder out = new StringBuilder();
    out.append("\n==== burst through the platform ====\n");
    out.append(
        String.format(
            "sent            %6d requests in %.1f s (%.0f req/s)%n",
            burst.sent(), burst.elapsed().toMillis() / 1000.0, burst.requestsPerSecond()));
    out.append(String.format("answers         %s%n", burst.answersByStatus()));
    if (!burst.refusalsByCode().isEmpty()) {
      out.append(String.format("refusal codes   %s%n", burst.refusalsByCode()));
    }
    out.append(
        String.format(
            "latency (ms)    p50 %.1f  p99 %.1f  max %.1f%n",
            burst.latencyMillis(0.50), burst.latencyMillis(0.99), burst.latencyMillis(1.0)));
    out.append(String.format("accepted        %6d%n", burst.accepted()));
    out.append(String.format("  applied       %6d%n", decidedByStatus.getOrDefault("APPLIED", 0)));
    out.append(
        String.format(
            "  rejected      %6d  %s%n",
            decidedByStatus.getOrDefault("REJECTED", 0), rejectedByReason));
    out.append(String.format("  lost          %6d%n", lost()));
    out.append(
        String.format(
            "db connections  peak %d during the burst (pools allow %d) %s%n",
            peakDatabaseConnections, poolTotal, peakConnectionsByApplication));
    out.append(
        String.format(
            "lag drained     %.2f s after the last answer%n", drainAfterBurst.toMillis() / 1000.0));
    out.append(
        String.format(
            "ledger          %d entries; all balances per asset sum to %s; negative customer balances %d;%n"
                + "                unbalanced movements %d; balances off their entries %d -> %s%n",
            audit.ledgerEntries(),
            audit.sumOfAllBalancesByAsset(),
            audit.negativeCustomerBalances(),
            audit.unbalancedMovements(),
            audit.balancesDisagreeingWithEntries(),
            audit.holds() ? "OK" : "VIOLATED"));
    return out.toString();
  }
}
