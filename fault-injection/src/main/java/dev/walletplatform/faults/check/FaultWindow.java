package dev.walletplatform.faults.check;

import java.time.Duration;
import java.time.Instant;

/**
 * One fault as the nemesis ran it: injected, healed (the process back, ready), and drained (the
 * applier's committed offsets caught up with the end offsets as they stood at the heal).
 *
 * @param phase the history's phase name for this window, e.g. {@code kill-broker#2}
 * @param drainedAt null when the backlog never drained before the run ended
 */
public record FaultWindow(
    String phase, String kind, Instant injectedAt, Instant healedAt, Instant drainedAt) {
  /** From heal to drained: how long the fault's backlog took to go away; null when it never did. */
  public Duration healTime() {
    return drainedAt == null ? null : Duration.between(healedAt, drainedAt);
  }

  /** Phase names are {@code <kind>#<n>}; the warm-up and cool-down are their own kind. */
  public static String kindOf(String phase) {
    int hash = phase.indexOf('#');
    return hash < 0 ? phase : phase.substring(0, hash);
  }
}
