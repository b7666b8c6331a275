package dev.walletplatform.ledgerdb.pool;

/**
 * What the pool looks like right now; {@code waiting} above zero for long means the pool, not the
 * database, is the bottleneck — by design during a burst.
 */
public record PoolState(String name, int total, int active, int idle, int waiting) {
  static PoolState notStarted(String name) {
    return new PoolState(name, 0, 0, 0, 0);
  }

  @Override
  public String toString() {
    return name
        + "[total="
        + total
        + " active="
        + active
        + " idle="
        + idle
        + " waiting="
        + waiting
        + "]";
  }
}
