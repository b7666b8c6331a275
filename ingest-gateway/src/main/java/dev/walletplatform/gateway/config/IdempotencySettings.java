package dev.walletplatform.gateway.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Bounds of the per-pod cache of accepted (client, Idempotency-Key) pairs. The cache only saves a
 * second produce and answers conflicts early; correctness across pods and restarts rests on the
 * deterministic command id, which the ledger dedupes.
 */
public record IdempotencySettings(
    @Min(1) @Max(10_000_000) int maxEntries,
    @MinDuration(value = 1, unit = TimeUnit.SECONDS) @MaxDuration(value = 7, unit = TimeUnit.DAYS)
        Duration ttl) {

  static final int DEFAULT_MAX_ENTRIES = 100_000;
  static final Duration DEFAULT_TTL = Duration.hours(1);

  public IdempotencySettings {
    Objects.requireNonNull(ttl, "idempotency.ttl");
  }

  @JsonCreator
  public static IdempotencySettings fromYaml(
      @JsonProperty("maxEntries") Integer maxEntries, @JsonProperty("ttl") Duration ttl) {
    return new IdempotencySettings(
        Objects.requireNonNullElse(maxEntries, DEFAULT_MAX_ENTRIES),
        Objects.requireNonNullElse(ttl, DEFAULT_TTL));
  }

  public static IdempotencySettings defaults() {
    return fromYaml(null, null);
  }
}
