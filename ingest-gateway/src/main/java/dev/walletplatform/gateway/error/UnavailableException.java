package dev.walletplatform.gateway.error;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A 503 the gateway answers instead of waiting: Kafka is down or slow, or this pod already has its
 * maximum of commands in flight. Carries the Retry-After the client should honour.
 */
public final class UnavailableException extends GatewayException {
  private static final long serialVersionUID = 1L;

  private final long retryAfterSeconds;

  public UnavailableException(
      GatewayErrorCode code, String message, Duration retryAfter, Map<String, Object> details, Throwable cause) {
    super(code, message, withRetryAfter(details, seconds(retryAfter)), cause);
    this.retryAfterSeconds = seconds(retryAfter);
  }

  /** Whole seconds, rounded up and at least 1: Retry-After has no fractions and 0 invites a spin. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  private static long seconds(Duration retryAfter) {
    long millis = retryAfter.toMillis();
    return Math.max(1, (millis + 999) / 1000);
  }

  private static Map<String, Object> withRetryAfter(Map<String, Object> details, long seconds) {
    Map<String, Object> all = new LinkedHashMap<>(details);
    all.put("retry_after_seconds", seconds);
    return all;
  }
}
