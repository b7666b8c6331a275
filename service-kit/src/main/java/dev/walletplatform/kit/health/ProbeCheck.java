package dev.walletplatform.kit.health;

import java.util.List;

/**
 * One part of {@code /live} or {@code /ready}: what is wrong right now, in words an operator reads
 * in the probe's body and the kubelet's events; empty when nothing is.
 */
@FunctionalInterface
public interface ProbeCheck {
  List<String> problems();
}
