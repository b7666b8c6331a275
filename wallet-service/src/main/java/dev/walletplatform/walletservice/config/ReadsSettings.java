package dev.walletplatform.walletservice.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;

/**
 * {@code reads}: how long one query may run, and what a 503 tells clients to wait.
 *
 * @param queryTimeout a statement still running after this is cancelled and answered 503: a hung
 *     database must not pin the pool's few connections forever (Dropwizard notation, default 5s)
 * @param retryAfter the {@code Retry-After} of a 503 DATABASE_UNAVAILABLE (sent as whole seconds,
 *     rounded up; default 2s)
 */
public record ReadsSettings(
    @JsonProperty("queryTimeout") Duration queryTimeout,
    @JsonProperty("retryAfter") Duration retryAfter) {
  public ReadsSettings {
    queryTimeout = queryTimeout == null ? Duration.seconds(5) : queryTimeout;
    retryAfter = retryAfter == null ? Duration.seconds(2) : retryAfter;
    if (queryTimeout.compareTo(Duration.seconds(1)) < 0
        || queryTimeout.compareTo(Duration.minutes(5)) > 0) {
      // JDBC query timeouts have whole-second granularity
      throw new IllegalArgumentException("reads.queryTimeout must be 1s..5m, was: " + queryTimeout);
    }
    if (retryAfter.compareTo(Duration.seconds(1)) < 0
        || retryAfter.compareTo(Duration.minutes(10)) > 0) {
      throw new IllegalArgumentException("reads.retryAfter must be 1s..10m, was: " + retryAfter);
    }
  }

  public static ReadsSettings defaults() {
    return new ReadsSettings(null, null);
  }
}
