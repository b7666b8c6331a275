package dev.walletplatform.walletctl.offsets;

import dev.walletplatform.walletctl.output.TextTable;
import java.util.ArrayList;
import java.util.List;

/** Renders the reset plan: current and new offset per partition, what is re-read or skipped. */
final class OffsetResetRenderer {
  private OffsetResetRenderer() {}

  static List<String> render(OffsetResetPlan plan, boolean execute) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "Reset of group "
            + plan.group().groupId()
            + " on "
            + plan.topic()
            + " to "
            + plan.target()
            + ":");
    lines.add("  group state: " + plan.group().describe());
    TextTable table = new TextTable("PARTITION", "CURRENT", "NEW", "LOG-START", "END", "EFFECT");
    for (OffsetResetPlan.Row row : plan.rows()) {
      table.row(
          row.partition(),
          row.current() < 0 ? "-" : row.current(),
          row.target(),
          row.beginning(),
          row.end(),
          effect(row));
    }
    table.lines().forEach(line -> lines.add("  " + line));
    long reread = plan.reread();
    lines.add(
        "  in all: " + (reread >= 0 ? "re-reads " + reread : "SKIPS " + -reread) + " record(s)");
    if (reread < 0) {
      lines.add(
          "  WARNING: skipped records are never processed by this group; for the ledger applier that means"
              + " commands never applied. Prefer `walletctl replay` to re-process a window.");
    }
    lines.add("");
    if (!plan.group().isIdle()) {
      lines.add("REFUSED: nothing was changed; the group has active members.");
    } else if (execute) {
      lines.add("EXECUTING: committing the new offsets.");
    } else {
      lines.add(
          "DRY RUN: nothing was changed. Add --execute to commit the new offsets (the group must have no"
              + " active members).");
    }
    return lines;
  }

  private static String effect(OffsetResetPlan.Row row) {
    if (!row.changes()) {
      return "unchanged";
    }
    long delta = row.delta();
    return delta >= 0 ? "re-read " + delta : "skip " + -delta;
  }
}
