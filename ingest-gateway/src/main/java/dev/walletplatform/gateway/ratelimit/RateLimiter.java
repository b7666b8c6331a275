package dev.walletplatform.gateway.ratelimit;

import dev.walletplatform.gateway.config.RateLimitSettings;
import dev.walletplatform.gateway.error.RateLimitedException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Admits a request of an authenticated client, or refuses it with 429 RATE_LIMITED and the wait its
 * bucket computes. The client's own bucket is checked first, so a client over its rate never drains
 * the pod's global bucket; a request the global bucket then refuses gets its client token back.
 * Client buckets live in a bounded LRU map (one short lock per map, like the idempotency cache: a
 * {@link ReentrantLock}, which does not pin the virtual threads requests run on).
 */
public final class RateLimiter {
  private final RateLimitSettings.Bucket perCaller;
  private final RateLimitSettings.Bucket global;
  private final LongSupplier nanoClock;
  private final LinkedHashMap<String, TokenBucket> clients;
  private final ReentrantLock clientsLock = new ReentrantLock();
  private final TokenBucket globalBucket;
  private final ReentrantLock globalLock = new ReentrantLock();
  private final Counter clientLimited;
  private final Counter globalLimited;

  public RateLimiter(RateLimitSettings settings, MeterRegistry metrics) {
    this(settings, metrics, System::nanoTime);
  }

  /** With an explicit clock, so refills are testable without sleeping. */
  public RateLimiter(RateLimitSettings settings, MeterRegistry metrics, LongSupplier nanoClock) {
    this.perCaller = settings.perCaller();
    this.global = settings.global();
    this.nanoClock = nanoClock;
    int maxClients = settings.maxTrackedClients();
    this.clients =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, TokenBucket> eldest) {
            return size() > maxClients;
          }
        };
    this.globalBucket = new TokenBucket(global.perSecond(), global.burst(), nanoClock.getAsLong());
    // gateway_rate_limited_total{scope}: 429s by which bucket ran dry
    this.clientLimited = metrics.counter("gateway.rate.limited", "scope", "caller");
    this.globalLimited = metrics.counter("gateway.rate.limited", "scope", "global");
  }

  /**
   * @throws RateLimitedException when the client's or the pod's bucket is empty
   */
  public void acquire(String clientId) {
    long now = nanoClock.getAsLong();
    long clientWait = takeClientToken(clientId, now);
    if (clientWait > 0) {
      clientLimited.increment();
      throw refused(
          "caller",
          clientWait,
          "caller '"
              + clientId
              + "' is over its rate of "
              + rate(perCaller.perSecond())
              + " requests per second (burst "
              + perCaller.burst()
              + ")");
    }
    long globalWait = takeGlobalToken(now);
    if (globalWait > 0) {
      giveClientTokenBack(clientId);
      globalLimited.increment();
      throw refused(
          "global",
          globalWait,
          "this gateway is over its rate of "
              + rate(global.perSecond())
              + " requests per second (burst "
              + global.burst()
              + ")");
    }
  }

  private long takeClientToken(String clientId, long now) {
    clientsLock.lock();
    try {
      TokenBucket bucket =
          clients.computeIfAbsent(
              clientId, id -> new TokenBucket(perCaller.perSecond(), perCaller.burst(), now));
      return bucket.tryTake(now);
    } finally {
      clientsLock.unlock();
    }
  }

  private void giveClientTokenBack(String clientId) {
    clientsLock.lock();
    try {
      TokenBucket bucket = clients.get(clientId);
      if (bucket != null) {
        bucket.giveBack();
      }
    } finally {
      clientsLock.unlock();
    }
  }

  private long takeGlobalToken(long now) {
    globalLock.lock();
    try {
      return globalBucket.tryTake(now);
    } finally {
      globalLock.unlock();
    }
  }

  private static String rate(double perSecond) {
    return java.math.BigDecimal.valueOf(perSecond).stripTrailingZeros().toPlainString();
  }

  private static RateLimitedException refused(String limit, long waitNanos, String message) {
    Duration wait = Duration.ofNanos(waitNanos);
    return new RateLimitedException(
        message + "; retry after Retry-After", wait, Map.of("limit", limit));
  }

  /** Client buckets held now (at most {@code maxTrackedClients}). */
  public int trackedClients() {
    clientsLock.lock();
    try {
      return clients.size();
    } finally {
      clientsLock.unlock();
    }
  }

  @Override
  public String toString() {
    return "RateLimiter[perCaller="
        + perCaller
        + ", global="
        + global
        + ", trackedClients="
        + trackedClients()
        + "]";
  }
}
