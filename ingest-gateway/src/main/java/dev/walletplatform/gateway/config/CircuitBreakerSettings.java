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
 * When the gateway stops trying Kafka and answers 503 at once: after {@code failureRatePercent} of
 * the last {@code slidingWindowSize} publishes failed (once at least {@code minimumCalls} were
 * made), for {@code openDuration} — which is also the Retry-After of a KAFKA_UNAVAILABLE answer.
 */
public record CircuitBreakerSettings(
    @Min(1) @Max(100) int failureRatePercent,
    @Min(1) @Max(10_000) int minimumCalls,
    @Min(1) @Max(10_000) int slidingWindowSize,
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
        @MaxDuration(value = 10, unit = TimeUnit.MINUTES)
        Duration openDuration) {

  public CircuitBreakerSettings {
    Objects.requireNonNull(openDuration, "circuitBreaker.openDuration");
    if (minimumCalls > slidingWindowSize) {
      throw new IllegalArgumentException(
          "circuitBreaker.minimumCalls ("
              + minimumCalls
              + ") must not exceed circuitBreaker.slidingWindowSize ("
              + slidingWindowSize
              + ")");
    }
  }

  @JsonCreator
  public static CircuitBreakerSettings fromYaml(
      @JsonProperty("failureRatePercent") Integer failureRatePercent,
      @JsonProperty("minimumCalls") Integer minimumCalls,
      @JsonProperty("slidingWindowSize") Integer slidingWindowSize,
      @JsonProperty("openDuration") Duration openDuration) {
    return new CircuitBreakerSettings(
        Objects.requireNonNullElse(failureRatePercent, 50),
        Objects.requireNonNullElse(minimumCalls, 5),
        Objects.requireNonNullElse(slidingWindowSize, 20),
        Objects.requireNonNullElse(openDuration, Duration.seconds(5)));
  }

  public static CircuitBreakerSettings defaults() {
    return fromYaml(null, null, null, null);
  }
}
