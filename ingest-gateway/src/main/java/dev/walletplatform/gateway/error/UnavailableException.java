package dev.walletplatform.gateway.error;

import dev.walletplatform.kit.http.ApiException;
import java.time.Duration;
import java.util.Map;

/**
 * A 503 the gateway answers instead of waiting: Kafka is down or slow, or this pod already has its
 * maximum of commands in flight. Carries the Retry-After the client should honour.
 */
public final class UnavailableException extends ApiException {
  private static final long serialVersionUID = 1L;

  public UnavailableException(
      GatewayErrorCode code,
      String message,
      Duration retryAfter,
      Map<String, Object> details,
      Throwable cause) {
    super(code, message, details, retryAfter, cause);
  }
}
