package dev.walletplatform.walletctl.lag;

import dev.walletplatform.walletctl.output.Durations;
import dev.walletplatform.walletctl.output.TextTable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Renders lag rows: one line per partition, then one summary line per group. */
final class LagTable {
  private LagTable() {}

  static List<String> render(List<LagRow> rows) {
    List<String> lines = new ArrayList<>();
    if (rows.isEmpty()) {
      lines.add("No committed offsets or assigned partitions for the chosen groups and topics.");
      return lines;
    }
    TextTable table =
        new TextTable(
            "GROUP",
            "STATE",
            "MEMBERS",
            "TOPIC",
            "PARTITION",
            "COMMITTED",
            "END",
            "LAG",
            "TIME-BEHIND");
    rows.forEach(
        r ->
            table.row(
                r.group(),
                r.state(),
                r.members(),
                r.topic(),
                r.partition(),
                r.committed() < 0 ? "-" : r.committed(),
                r.end(),
                r.lag(),
                r.lag() == 0 ? "0s" : Durations.human(r.behind())));
    lines.addAll(table.lines());
    lines.add("");
    Map<String, List<LagRow>> byGroup = new LinkedHashMap<>();
    rows.forEach(r -> byGroup.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r));
    byGroup.forEach(
        (group, groupRows) -> {
          long lag = groupRows.stream().mapToLong(LagRow::lag).sum();
          Duration worst =
              groupRows.stream()
                  .map(LagRow::behind)
                  .filter(Objects::nonNull)
                  .max(Duration::compareTo)
                  .orElse(null);
          lines.add(
              group
                  + ": lag "
                  + lag
                  + " record(s)"
                  + (worst == null
                      ? ""
                      : ", oldest unconsumed record " + Durations.human(worst) + " behind"));
        });
    return lines;
  }
}
