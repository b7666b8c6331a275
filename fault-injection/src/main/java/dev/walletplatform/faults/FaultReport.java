package dev.walletplatform.faults;

import dev.walletplatform.faults.check.CheckReport;
import dev.walletplatform.faults.check.FaultRow;
import dev.walletplatform.faults.check.FaultWindow;
import dev.walletplatform.faults.nemesis.Fault;
import java.time.Duration;
import java.util.Locale;

/**
 * Renders a run as markdown: what ran, the table per fault kind, the money checks, every violation.
 */
final class FaultReport {
  private FaultReport() {}

  public static String markdown(
      FaultRunOptions options, FaultRunResult result, String command, String machine) {
    CheckReport report = result.report();
    StringBuilder md = new StringBuilder();
    md.append("# Fault-injection run: ")
        .append(report.passed() ? "PASSED" : "FAILED")
        .append("\n\n");
    md.append("Command: `").append(command).append("`  \n");
    md.append("Machine: ").append(machine).append("  \n");
    md.append(
        String.format(
            Locale.ROOT,
            "Run: %d cycle(s) of %d fault kinds, %s in all; %d clients x %d wallets, "
                + "%d readers; %d partitions, 3 brokers (RF 3, min ISR 2), %d gateways, %d appliers, 1 wallet service.%n%n",
            options.cycles(),
            options.schedule().size(),
            minutes(result.duration()),
            options.workload().accounts().clients(),
            options.workload().accounts().walletsPerClient(),
            options.workload().readers(),
            options.partitions(),
            options.gateways(),
            options.appliers()));

    md.append("## Per fault kind\n\n");
    md.append(
        "Requests and reads are counted in the window they were first sent in (from the fault's injection "
            + "to the next one's). Heal = from the process being back (ready) to the backlog the fault piled up being "
            + "consumed by every consumer group. The columns from *lost* on are violations and must be 0.\n\n");
    md.append(
        "| fault | n | sent | accepted (202) | applied | rejected | retried | unanswered | deposits acked | reads | "
            + "lost | duplicated | refused 4xx | order violations | bad reads | max heal |\n");
    md.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    report.rows().forEach(row -> appendRow(md, row));
    appendRow(md, report.total());

    md.append("\n## Money and poison\n\n");
    md.append("| check | result |\n|---|---|\n");
    md.append("| customer balances per asset | ")
        .append(report.customerSumByAsset())
        .append(" |\n");
    md.append("| applied deposits − withdrawals + claims | ")
        .append(report.expectedSumByAsset())
        .append(" |\n");
    md.append("| all balances incl. system accounts (must be 0) | ")
        .append(report.totalByAsset())
        .append(" |\n");
    md.append("| accepted commands rejected, by reason | ")
        .append(new java.util.TreeMap<>(report.rejectedByReason()))
        .append(" |\n");
    md.append("| conserved | ").append(report.conserved() ? "yes" : "**NO**").append(" |\n");
    md.append("| negative customer balances | ").append(report.negativeBalances()).append(" |\n");
    md.append("| balances off the history's applied commands | ")
        .append(report.modelMismatches())
        .append(" |\n");
    md.append(
            "| poison records on the dead-letter topic (their partitions moved on: nothing lost) | ")
        .append(report.poisonDeadLettered())
        .append(" / ")
        .append(report.poisonInjected())
        .append(" |\n");
    result
        .applierCounters()
        .forEach(
            (name, value) ->
                md.append("| applier `")
                    .append(name)
                    .append("` (live processes at the end) | ")
                    .append(value)
                    .append(" |\n"));
    md.append("| reads the wallet service could not answer, by phase | ")
        .append(result.failedReads())
        .append(" |\n");
    md.append("| consumers caught up after the workload stopped | ")
        .append(seconds(result.quiesceTime()))
        .append(" |\n");

    md.append(
        "\n## Fault windows\n\n| phase | what | healed after | backlog drained after the heal |\n|---|---|--:|--:|\n");
    for (FaultWindow w : result.windows()) {
      Fault fault =
          java.util.Arrays.stream(Fault.values())
              .filter(f -> f.kind().equals(w.kind()))
              .findFirst()
              .orElseThrow();
      md.append("| ")
          .append(w.phase())
          .append(" | ")
          .append(fault.description())
          .append(" | ")
          .append(seconds(Duration.between(w.injectedAt(), w.healedAt())))
          .append(" | ")
          .append(w.healTime() == null ? "**never**" : seconds(w.healTime()))
          .append(" |\n");
    }

    md.append("\n## Violations\n\n");
    if (report.violations().isEmpty()) {
      md.append("None.\n");
    } else {
      report.violations().forEach(v -> md.append("- ").append(v).append('\n'));
    }
    return md.toString();
  }

  private static void appendRow(StringBuilder md, FaultRow r) {
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %s |%n",
            r.kind(),
            r.occurrences(),
            r.sent(),
            r.accepted(),
            r.applied(),
            r.rejected(),
            r.retried(),
            r.unanswered(),
            r.depositsAcknowledged(),
            r.reads(),
            r.lost(),
            r.duplicated(),
            r.refused(),
            r.orderViolations(),
            r.badReads(),
            r.neverDrained()
                ? "**never**"
                : r.maxHealTime() == null ? "–" : seconds(r.maxHealTime())));
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }

  private static String minutes(Duration d) {
    return String.format(Locale.ROOT, "%.1f min", d.toMillis() / 60_000.0);
  }
}
