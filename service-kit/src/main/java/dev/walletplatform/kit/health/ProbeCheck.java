package dev.walletplatform.kit.health;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One part of {@code /live} or {@code /ready}: what is wrong right now, in words an operator reads
 * in the probe's body and the kubelet's events; empty when nothing is.
 */
@FunctionalInterface
public interface ProbeCheck {
  List<String> problems();

  /** A check that finds at most one problem at a time. */
  static ProbeCheck ofOne(Supplier<Optional<String>> problem) {
    return () -> problem.get().stream().toList();
  }
}
