package dev.walletplatform.gateway.error;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal the client should retry later, after the {@code Retry-After} it carries: a 503 when
 * Kafka or this pod cannot take the command, a 429 when the client or the pod is over its rate.
 */
public abstract class RetryLaterException extends GatewayException {
  private static final long serialVersionUID = 1L;

  private final long retryAfterSeconds;

  protected RetryLaterException(
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
