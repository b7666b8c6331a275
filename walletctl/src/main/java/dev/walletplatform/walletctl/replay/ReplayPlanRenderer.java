package dev.walletplatform.walletctl.replay;

import dev.walletplatform.walletctl.kafka.AffectedGroup;
import dev.walletplatform.walletctl.output.TextTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link ReplayPlan} for the terminal: the dry run's whole output, and the header of
 * --execute.
 */
final class ReplayPlanRenderer {
  private ReplayPlanRenderer() {}

  static List<String> render(ReplayPlan plan, boolean execute) {
    List<String> lines = new ArrayList<>();
    lines.add("Replay of " + plan.topic() + ", " + plan.window() + ":");
    TextTable partitions =
        new TextTable(
            "PARTITION",
            "FROM-OFFSET",
            "TO-OFFSET",
            "RECORDS",
            "FIRST-TIMESTAMP",
            "LAST-TIMESTAMP");
    plan.partitions()
        .forEach(
            p ->
                partitions.row(
                    p.partition(),
                    p.fromOffset(),
                    p.toOffset(),
                    p.records(),
                    p.firstAt() == null ? "-" : p.firstAt(),
                    p.lastAt() == null ? "-" : p.lastAt()));
    partitions.lines().forEach(line -> lines.add("  " + line));
    lines.add(
        "  total: "
            + plan.records()
            + " record(s) in "
            + plan.partitions().size()
            + " partition(s)");
    lines.add("");
    lines.addAll(groups(plan.groups()));
    if (plan.ledger() != null) {
      lines.add("");
      lines.addAll(ledger(plan.ledger(), plan.onlyMissing()));
    }
    lines.add("");
    if (plan.ledger() != null && plan.ledger().undecided() == 0 && plan.ledger().withoutId() == 0) {
      lines.add("The ledger has decided every message of the window: nothing is missing.");
    }
    if (plan.toProduce() == 0) {
      lines.add("Nothing to replay.");
    } else if (execute) {
      lines.add(
          "EXECUTING: re-producing "
              + plan.toProduce()
              + " record(s) into "
              + plan.topic()
              + " (same partition, key, value and headers; walletctl.replay.* headers added).");
    } else {
      lines.add(
          "DRY RUN: nothing was produced. Add --execute to re-produce "
              + plan.toProduce()
              + " record(s).");
    }
    return lines;
  }

  private static List<String> groups(List<AffectedGroup> groups) {
    List<String> lines = new ArrayList<>();
    if (groups.isEmpty()) {
      lines.add(
          "No consumer group reads this topic: the copies will wait for the applier to start.");
      return lines;
    }
    lines.add("Consumer groups that will read the copies:");
    TextTable table = new TextTable("GROUP", "STATE", "MEMBERS", "DEDUPLICATES BY MESSAGE ID");
    groups.forEach(
        g ->
            table.row(
                g.group(),
                g.state(),
                g.members(),
                g.deduplicates() ? "yes (processed_messages)" : "UNKNOWN: check before --execute"));
    table.lines().forEach(line -> lines.add("  " + line));
    groups.stream()
        .filter(g -> !g.deduplicates())
        .forEach(
            g ->
                lines.add(
                    "  WARNING: "
                        + g.group()
                        + " is not known to deduplicate: it will process the copies again."));
    return lines;
  }

  private static List<String> ledger(ReplayPlan.LedgerPreview ledger, boolean onlyMissing) {
    List<String> lines = new ArrayList<>();
    lines.add("Ledger (read-only, " + ledger.database() + "):");
    lines.add("  already decided: " + ledger.decided() + " (the applier will skip them)");
    lines.add(
        "  not decided yet: "
            + ledger.undecided()
            + " (the applier will apply or reject each once)");
    if (ledger.withoutId() > 0) {
      lines.add(
          "  undecodable, no message id: "
              + ledger.withoutId()
              + " (they would be dead-lettered again;"
              + (onlyMissing ? " left out)" : " use --only-missing to leave them out)"));
    }
    if (onlyMissing) {
      lines.add(
          "  --only-missing: only the " + ledger.undecided() + " not decided yet are re-produced.");
    }
    return lines;
  }
}
