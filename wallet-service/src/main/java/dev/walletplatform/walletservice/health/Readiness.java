package dev.walletplatform.walletservice.health;

import java.util.List;
import java.util.function.Supplier;

/**
 * What {@code /ready} checks: the server has started and is not shutting down. Deliberately not
 * the database: with the database down every pod would leave the load balancer at once and
 * clients would get connection errors; staying ready, each pod answers 503 DATABASE_UNAVAILABLE
 * with Retry-After within the pool's connection timeout, which clients handle, and recovers by
 * itself the moment the database is back.
 */
public final class Readiness implements Supplier<List<String>> {
  private volatile boolean started;
  private volatile boolean stopping;

  public void started() {
    started = true;
  }

  /** Called when shutdown begins, so the load balancer stops sending before the connectors close. */
  public void stopping() {
    stopping = true;
  }

  @Override
  public List<String> get() {
    if (stopping) {
      return List.of("shutting down");
    }
    return started ? List.of() : List.of("starting");
  }
}
