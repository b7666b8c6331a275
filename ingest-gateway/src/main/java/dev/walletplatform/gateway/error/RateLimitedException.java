package dev.walletplatform.gateway.error;

import dev.walletplatform.kit.http.ApiException;
import java.time.Duration;
import java.util.Map;

/**
 * A 429: the client, or this pod in all, is over its configured rate; retry after the bucket
 * refills.
 */
public final class RateLimitedException extends ApiException {
  private static final long serialVersionUID = 1L;

  public RateLimitedException(String message, Duration retryAfter, Map<String, Object> details) {
    super(GatewayErrorCode.RATE_LIMITED, message, details, retryAfter, null);
  }
}
