package dev.walletplatform.gateway.idempotency;

import dev.walletplatform.domain.id.IdempotencyKey;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * A bounded LRU map of (client, Idempotency-Key) to the accepted request, with a time to live. It
 * is written only after Kafka acknowledged, so a hit always means "durable already". It is per pod
 * and lost on restart by design: a retry that lands elsewhere is produced again with the same
 * derived command id, and the ledger applies it once (or rejects a different hash as
 * IDEMPOTENCY_KEY_REUSED).
 *
 * <p>One lock around a LinkedHashMap: each operation is a hash lookup and a relink, far shorter
 * than the Kafka round trip every request waits for anyway. A {@link ReentrantLock} rather than
 * {@code synchronized}, which pins the virtual threads requests run on before JDK 24.
 */
public final class IdempotencyCache {
  private final int maxEntries;
  private final long ttlNanos;
  private final LongSupplier nanoClock;
  private final LinkedHashMap<Key, Stored> entries;
  private final ReentrantLock lock = new ReentrantLock();

  private record Key(String clientId, String idempotencyKey) {}

  private record Stored(AcceptedRequest request, long storedAtNanos) {}

  public IdempotencyCache(int maxEntries, Duration ttl) {
    this(maxEntries, ttl, System::nanoTime);
  }

  /** With an explicit clock, so expiry is testable without sleeping. */
  public IdempotencyCache(int maxEntries, Duration ttl, LongSupplier nanoClock) {
    if (maxEntries < 1 || ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException(
          "need maxEntries >= 1 and a positive ttl, got " + maxEntries + ", " + ttl);
    }
    this.maxEntries = maxEntries;
    this.ttlNanos = ttl.toNanos();
    this.nanoClock = nanoClock;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, Stored> eldest) {
            return size() > IdempotencyCache.this.maxEntries;
          }
        };
  }

  /** The request accepted earlier under this client and key, unless it was evicted or expired. */
  public Optional<AcceptedRequest> find(String clientId, IdempotencyKey key) {
    Key cacheKey = new Key(clientId, key.value());
    long now = nanoClock.getAsLong();
    lock.lock();
    try {
      Stored stored = entries.get(cacheKey);
      if (stored == null) {
        return Optional.empty();
      }
      if (now - stored.storedAtNanos() >= ttlNanos) {
        entries.remove(cacheKey);
        return Optional.empty();
      }
      return Optional.of(stored.request());
    } finally {
      lock.unlock();
    }
  }

  /** Remembers an acknowledged request; call only after the broker's ack. */
  public void remember(String clientId, IdempotencyKey key, AcceptedRequest request) {
    Stored stored = new Stored(request, nanoClock.getAsLong());
    lock.lock();
    try {
      entries.put(new Key(clientId, key.value()), stored);
    } finally {
      lock.unlock();
    }
  }

  public int size() {
    lock.lock();
    try {
      return entries.size();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public String toString() {
    return "IdempotencyCache[size="
        + size()
        + ", maxEntries="
        + maxEntries
        + ", ttl="
        + Duration.ofNanos(ttlNanos)
        + "]";
  }
}
