package dev.walletplatform.faults.nemesis;

import dev.walletplatform.faults.platform.FaultPlatform;
import dev.walletplatform.local.ServiceProcess;
import java.time.Duration;

/**
 * The faults, each an injection, a time it lasts, and a heal. {@code occurrence} picks which
 * process suffers, so repeated cycles spread over brokers and instances.
 */
public enum Fault {
  KILL_APPLIER("kill-applier", "kill -9 an applier mid-batch, restart it", Duration.ofSeconds(4)) {
    @Override
    Injected inject(FaultPlatform platform, int occurrence) {
      ServiceProcess applier = pick(platform.appliers(), occurrence);
      applier.kill();
      return () -> applier.restart(RESTART_TIMEOUT);
    }
  },
  KILL_BROKER(
      "kill-broker",
      "kill -9 a Kafka broker (RF 3, min ISR 2), restart it",
      Duration.ofSeconds(8)) {
    @Override
    Injected inject(FaultPlatform platform, int occurrence) {
      int node = occurrence % platform.kafka().nodeCount();
      platform.kafka().kill(node);
      return () -> platform.kafka().restart(node);
    }
  },
  RESTART_POSTGRES(
      "restart-postgres",
      "stop PostgreSQL (fast shutdown drops every connection), start it again",
      Duration.ofSeconds(3)) {
    @Override
    Injected inject(FaultPlatform platform, int occurrence) {
      platform.postgres().stop();
      return () -> platform.postgres().start();
    }
  },
  KILL_GATEWAY(
      "kill-gateway",
      "kill -9 a gateway; clients retry the same Idempotency-Key on the other",
      Duration.ofSeconds(5)) {
    @Override
    Injected inject(FaultPlatform platform, int occurrence) {
      ServiceProcess gateway = pick(platform.gateways(), occurrence);
      gateway.kill();
      return () -> gateway.restart(RESTART_TIMEOUT);
    }
  },
  PAUSE_APPLIER(
      "pause-applier",
      "SIGSTOP an applier past its session timeout (a zombie), then SIGCONT",
      FaultPlatform.APPLIER_SESSION_TIMEOUT.plusSeconds(5)) {
    @Override
    Injected inject(FaultPlatform platform, int occurrence) {
      // the other applier than KILL_APPLIER's in the same cycle
      ServiceProcess applier = pick(platform.appliers(), occurrence + 1);
      applier.process().pause();
      return () -> {
        applier.process().resume();
        applier.awaitReady(RESTART_TIMEOUT);
      };
    }
  },
  REBALANCE(
      "rebalance", "add an applier to the group, then stop it gracefully", Duration.ofSeconds(6)) {
    @Override
    Injected inject(FaultPlatform platform, int occurrence) {
      ServiceProcess extra = platform.startExtraApplier("applier-extra-" + occurrence);
      return extra::close;
    }
  };

  private static final Duration RESTART_TIMEOUT = Duration.ofSeconds(120);

  private final String kind;
  private final String description;
  private final Duration lasts;

  Fault(String kind, String description, Duration lasts) {
    this.kind = kind;
    this.description = description;
    this.lasts = lasts;
  }

  /** Injects the fault now; the returned heal undoes it. */
  abstract Injected inject(FaultPlatform platform, int occurrence);

  public String kind() {
    return kind;
  }

  public String description() {
    return description;
  }

  /**
   * How long the fault stays before it is healed in the long run ({@link FaultPace#standard()}).
   */
  public Duration lasts() {
    return lasts;
  }

  private static <T> T pick(java.util.List<T> candidates, int occurrence) {
    return candidates.get(occurrence % candidates.size());
  }

  /** A fault in place, and how to heal it. */
  @FunctionalInterface
  interface Injected {
    void heal();
  }
}
