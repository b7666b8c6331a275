package dev.walletplatform.walletctl.dlq;

import dev.walletplatform.walletctl.ledger.LedgerSnapshot;
import dev.walletplatform.walletctl.ledger.MessageState;
import dev.walletplatform.walletctl.output.TextTable;
import java.util.ArrayList;
import java.util.List;

/** Renders a redrive plan: one line per selected letter with what will happen to it. */
final class RedriveRenderer {
  private RedriveRenderer() {}

  static List<String> render(RedrivePlanner.Plan plan, boolean execute) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "Redrive of "
            + plan.items().size()
            + " dead letter(s) to their original topic and partition:");
    TextTable table =
        new TextTable("ID", "ERROR-CODE", "SOURCE", "KEY", "MESSAGE-ID", "LEDGER", "ACTION");
    for (RedriveItem item : plan.items()) {
      table.row(
          item.letter().id(),
          item.letter().code(),
          item.letter().source(),
          item.letter().keyText(),
          item.messageId() == null ? "-" : item.messageId(),
          ledger(plan.before(), item),
          item.redriven() ? "redrive" : "skip: " + item.skipReason());
    }
    table.lines().forEach(line -> lines.add("  " + line));
    int count = plan.redriven().size();
    lines.add("");
    if (count == 0) {
      lines.add("Nothing safe to redrive.");
    } else if (execute) {
      lines.add(
          "EXECUTING: re-producing "
              + count
              + " record(s); the applier skips any message it already decided.");
    } else {
      lines.add("DRY RUN: nothing was produced. Add --execute to redrive " + count + " record(s).");
    }
    return lines;
  }

  private static String ledger(LedgerSnapshot before, RedriveItem item) {
    if (before == null || item.messageId() == null) {
      return "-";
    }
    MessageState state = before.state(item.messageId());
    return state.decided() ? "decided: " + state.status() : "not decided";
  }
}
