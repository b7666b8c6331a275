package dev.walletplatform.kit.health;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A probe ({@code /live} or {@code /ready}) as the sum of its checks: failing when any check
 * reports a problem. Services add their own checks while they wire themselves ({@code run}), after
 * the kit has added its own, hence the concurrent list.
 */
public final class Probe implements ProbeCheck {
  private final List<ProbeCheck> checks = new CopyOnWriteArrayList<>();

  public void add(ProbeCheck check) {
    checks.add(check);
  }

  @Override
  public List<String> problems() {
    List<String> all = new ArrayList<>();
    for (ProbeCheck check : checks) {
      all.addAll(check.problems());
    }
    return all;
  }
}
