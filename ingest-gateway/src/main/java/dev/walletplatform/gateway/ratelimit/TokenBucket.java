package dev.walletplatform.gateway.ratelimit;

/**
 * A token bucket on a nanosecond clock: holds at most {@code burst} tokens, refilled continuously
 * at {@code perSecond}; each request takes one. Not thread-safe: {@link RateLimiter} guards it.
 */
final class TokenBucket {
  private static final double NANOS_PER_SECOND = 1_000_000_000d;

  private final double capacity;
  private final double tokensPerNano;
  private double tokens;
  private long lastRefillNanos;

  TokenBucket(double perSecond, int burst, long nowNanos) {
    this.capacity = burst;
    this.tokensPerNano = perSecond / NANOS_PER_SECOND;
    this.tokens = burst;
    this.lastRefillNanos = nowNanos;
  }

  /**
   * Takes a token: 0 when granted, else the nanoseconds until one will be there (nothing taken).
   */
  long tryTake(long nowNanos) {
    refill(nowNanos);
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    return (long) Math.ceil((1 - tokens) / tokensPerNano);
  }

  /** Gives back a token taken for a request another limit then refused. */
  void giveBack() {
    tokens = Math.min(capacity, tokens + 1);
  }

  private void refill(long nowNanos) {
    long elapsed = nowNanos - lastRefillNanos;
    if (elapsed > 0) {
      tokens = Math.min(capacity, tokens + elapsed * tokensPerNano);
      lastRefillNanos = nowNanos;
    }
  }
}
