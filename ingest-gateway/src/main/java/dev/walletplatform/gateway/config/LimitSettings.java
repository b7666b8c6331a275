package dev.walletplatform.gateway.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Objects;

/**
 * Per-pod bounds that turn a burst into quick refusals instead of memory growth.
 *
 * @param maxBodyBytes largest request body read (413 beyond it, checked while reading)
 * @param maxInFlightPublishes commands waiting for a Kafka ack at once (503 OVERLOADED beyond it)
 */
public record LimitSettings(
    @Min(64) @Max(1_048_576) long maxBodyBytes, @Min(1) @Max(1_000_000) int maxInFlightPublishes) {

  static final long DEFAULT_MAX_BODY_BYTES = 16 * 1024;
  static final int DEFAULT_MAX_IN_FLIGHT_PUBLISHES = 1024;

  @JsonCreator
  public static LimitSettings fromYaml(
      @JsonProperty("maxBodyBytes") Long maxBodyBytes,
      @JsonProperty("maxInFlightPublishes") Integer maxInFlightPublishes) {
    return new LimitSettings(
        Objects.requireNonNullElse(maxBodyBytes, DEFAULT_MAX_BODY_BYTES),
        Objects.requireNonNullElse(maxInFlightPublishes, DEFAULT_MAX_IN_FLIGHT_PUBLISHES));
  }

  public static LimitSettings defaults() {
    return fromYaml(null, null);
  }
}
