package dev.walletplatform.kit.health;

import java.util.List;

/**
 * The kit's part of {@code /ready}: the server has started and is not shutting down. Deliberately
 * no shared dependency: with Kafka or the database down every pod would leave the load balancer at
 * once and clients would get connection errors; staying ready, each pod answers a fast 503 with
 * Retry-After, which clients handle, and recovers by itself when the dependency is back.
 */
public final class Readiness implements ProbeCheck {
  private volatile boolean started;
  private volatile boolean stopping;

  public void started() {
    started = true;
  }

  /**
   * Called when shutdown begins, so the load balancer stops sending before the connectors close.
   */
  public void stopping() {
    stopping = true;
  }

  @Override
  public List<String> problems() {
    if (stopping) {
      return List.of("shutting down");
    }
    return started ? List.of() : List.of("starting");
  }
}
