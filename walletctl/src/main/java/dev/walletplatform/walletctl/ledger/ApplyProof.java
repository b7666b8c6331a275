package dev.walletplatform.walletctl.ledger;

import dev.walletplatform.walletctl.output.TextTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Before-versus-after of the message ids a replay or redrive re-produced, after their consumer read
 * every copy. It holds when no message that was decided before changed (same status, same entries),
 * none has more than one movement, and every id is decided now.
 */
public record ApplyProof(Set<UUID> ids, LedgerSnapshot before, LedgerSnapshot after) {
  public ApplyProof {
    ids = Set.copyOf(ids);
  }

  public List<UUID> newlyDecided() {
    return ids.stream()
        .filter(id -> !before.state(id).decided() && after.state(id).decided())
        .sorted()
        .toList();
  }

  /**
   * Messages decided before whose status or entries changed: would mean something was applied
   * again.
   */
  public List<UUID> changedAfterDecision() {
    return ids.stream()
        .filter(id -> before.state(id).decided() && !before.state(id).equals(after.state(id)))
        .sorted()
        .toList();
  }

  public List<UUID> appliedTwice() {
    return ids.stream().filter(id -> after.state(id).movements() > 1).sorted().toList();
  }

  public List<UUID> stillUndecided() {
    return ids.stream().filter(id -> !after.state(id).decided()).sorted().toList();
  }

  public boolean holds() {
    return changedAfterDecision().isEmpty()
        && appliedTwice().isEmpty()
        && stillUndecided().isEmpty();
  }

  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add("Ledger proof (read-only) over " + ids.size() + " message id(s):");
    TextTable table =
        new TextTable("", "before", "after", "change")
            .row(
                "decided messages",
                before.decided(ids),
                after.decided(ids),
                delta(before.decided(ids), after.decided(ids)))
            .row(
                "ledger entries",
                before.entries(ids),
                after.entries(ids),
                delta(before.entries(ids), after.entries(ids)));
    table.lines().forEach(line -> lines.add("  " + line));
    lines.add("  newly decided: " + newlyDecided().size() + describe(newlyDecided()));
    lines.add(
        "  decided before and changed since: "
            + changedAfterDecision().size()
            + describe(changedAfterDecision()));
    lines.add("  applied more than once: " + appliedTwice().size() + describe(appliedTwice()));
    lines.add("  still not decided: " + stillUndecided().size() + describe(stillUndecided()));
    lines.add(
        holds()
            ? "PROOF HOLDS: nothing was applied twice; every message is decided exactly once."
            : "PROOF FAILED: see the counts above.");
    return lines;
  }

  private static String delta(long before, long after) {
    return after >= before ? "+" + (after - before) : Long.toString(after - before);
  }

  private static String describe(List<UUID> ids) {
    if (ids.isEmpty()) {
      return "";
    }
    List<String> shown = ids.stream().limit(10).map(UUID::toString).toList();
    return " "
        + shown
        + (ids.size() > shown.size() ? " and " + (ids.size() - shown.size()) + " more" : "");
  }
}
