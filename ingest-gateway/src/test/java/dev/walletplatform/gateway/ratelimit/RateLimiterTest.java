package dev.walletplatform.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.walletplatform.gateway.config.RateLimitSettings;
import dev.walletplatform.gateway.error.GatewayErrorCode;
import dev.walletplatform.gateway.error.RateLimitedException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

  @Test
  void admitsABurstThenRefusesWithTheWaitForTheNextToken() {
    RateLimiter limiter =
        limiter(new RateLimitSettings.Bucket(0.5, 3), new RateLimitSettings.Bucket(1_000, 1_000));
    for (int i = 0; i < 3; i++) {
      limiter.acquire("app-1");
    }

    RateLimitedException refused =
        catchThrowableOfType(RateLimitedException.class, () -> limiter.acquire("app-1"));

    assertThat(refused.code()).isEqualTo(GatewayErrorCode.RATE_LIMITED);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.retryAfterSeconds()).as("one token per 2 s").hasValue(2L);
    assertThat(refused.details())
        .containsEntry("limit", "caller")
        .containsEntry("retry_after_seconds", 2L);
    assertThat(metrics.counter("gateway.rate.limited", "scope", "caller").count()).isEqualTo(1.0);
  }

  @Test
  void refillsAtTheConfiguredRate() {
    RateLimiter limiter =
        limiter(new RateLimitSettings.Bucket(2, 2), new RateLimitSettings.Bucket(1_000, 1_000));
    limiter.acquire("app-1");
    limiter.acquire("app-1");
    assertThatThrownBy(() -> limiter.acquire("app-1")).isInstanceOf(RateLimitedException.class);

    advance(500);

    limiter.acquire("app-1");
    RateLimitedException refused =
        catchThrowableOfType(RateLimitedException.class, () -> limiter.acquire("app-1"));
    assertThat(refused.retryAfterSeconds()).as("500 ms rounded up").hasValue(1L);
  }

  @Test
  void keepsClientsApart() {
    RateLimiter limiter =
        limiter(new RateLimitSettings.Bucket(1, 1), new RateLimitSettings.Bucket(1_000, 1_000));
    limiter.acquire("app-1");
    assertThatThrownBy(() -> limiter.acquire("app-1")).isInstanceOf(RateLimitedException.class);

    limiter.acquire("app-2");
  }

  @Test
  void refusesEveryClientOnceThePodIsOverItsGlobalRate() {
    RateLimiter limiter =
        limiter(new RateLimitSettings.Bucket(100, 2), new RateLimitSettings.Bucket(1, 3));
    limiter.acquire("app-1");
    limiter.acquire("app-2");
    limiter.acquire("app-3");

    RateLimitedException refused =
        catchThrowableOfType(RateLimitedException.class, () -> limiter.acquire("app-4"));

    assertThat(refused.details()).containsEntry("limit", "global");
    assertThat(refused.retryAfterSeconds()).hasValue(1L);
    assertThat(metrics.counter("gateway.rate.limited", "scope", "global").count()).isEqualTo(1.0);
  }

  @Test
  void aClientOverItsOwnRateDoesNotDrainTheGlobalBucket() {
    RateLimiter limiter =
        limiter(new RateLimitSettings.Bucket(0.001, 1), new RateLimitSettings.Bucket(0.001, 2));
    limiter.acquire("greedy");
    for (int i = 0; i < 50; i++) {
      assertThatThrownBy(() -> limiter.acquire("greedy")).isInstanceOf(RateLimitedException.class);
    }

    limiter.acquire("polite");
  }

  @Test
  void givesTheClientTokenBackWhenTheGlobalBucketRefuses() {
    RateLimiter limiter =
        limiter(new RateLimitSettings.Bucket(0.001, 1), new RateLimitSettings.Bucket(1, 1));
    limiter.acquire("app-1");
    assertThatThrownBy(() -> limiter.acquire("app-2"))
        .isInstanceOf(RateLimitedException.class)
        .hasMessageContaining("gateway");

    advance(1_000);

    limiter.acquire("app-2");
  }

  @Test
  void boundsTheClientsItTracks() {
    RateLimiter limiter =
        new RateLimiter(
            RateLimitSettings.fromYaml(
                new RateLimitSettings.Bucket(1, 1),
                new RateLimitSettings.Bucket(1_000_000, 1_000_000),
                100),
            metrics,
            now::get);
    for (int i = 0; i < 1_000; i++) {
      limiter.acquire("app-" + i);
    }

    assertThat(limiter.trackedClients()).isEqualTo(100);
  }

  private RateLimiter limiter(RateLimitSettings.Bucket perCaller, RateLimitSettings.Bucket global) {
    return new RateLimiter(RateLimitSettings.fromYaml(perCaller, global, null), metrics, now::get);
  }

  private void advance(long millis) {
    now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
  }
}
