package dev.walletplatform.gateway.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Objects;

/**
 * Per-pod bounds that turn a burst or a hostile body into quick refusals instead of memory growth.
 *
 * @param maxBodyBytes largest request body read (413 beyond it, checked while reading)
 * @param maxInFlightPublishes commands waiting for a Kafka ack at once (503 OVERLOADED beyond it)
 * @param maxJsonDepth deepest nesting of objects/arrays in a body, the body's own object being 1
 *     (400 JSON_TOO_DEEP beyond it, checked while parsing); a command body is flat, so 2 already
 *     lets a misplaced array or object be reported as WRONG_TYPE
 * @param maxJsonFields most object members in a body, at any depth (400 TOO_MANY_FIELDS beyond it)
 * @param maxStringLength longest JSON string value (422 FIELD_TOO_LONG beyond it); at least 128,
 *     the longest value a command allows (a withdrawal destination)
 */
public record LimitSettings(
    @Min(64) @Max(1_048_576) long maxBodyBytes,
    @Min(1) @Max(1_000_000) int maxInFlightPublishes,
    @Min(2) @Max(64) int maxJsonDepth,
    @Min(4) @Max(1_000) int maxJsonFields,
    @Min(128) @Max(65_536) int maxStringLength) {

  static final long DEFAULT_MAX_BODY_BYTES = 16 * 1024;
  static final int DEFAULT_MAX_IN_FLIGHT_PUBLISHES = 1024;
  static final int DEFAULT_MAX_JSON_DEPTH = 4;
  static final int DEFAULT_MAX_JSON_FIELDS = 16;
  static final int DEFAULT_MAX_STRING_LENGTH = 256;

  @JsonCreator
  public static LimitSettings fromYaml(
      @JsonProperty("maxBodyBytes") Long maxBodyBytes,
      @JsonProperty("maxInFlightPublishes") Integer maxInFlightPublishes,
      @JsonProperty("maxJsonDepth") Integer maxJsonDepth,
      @JsonProperty("maxJsonFields") Integer maxJsonFields,
      @JsonProperty("maxStringLength") Integer maxStringLength) {
    return new LimitSettings(
        Objects.requireNonNullElse(maxBodyBytes, DEFAULT_MAX_BODY_BYTES),
        Objects.requireNonNullElse(maxInFlightPublishes, DEFAULT_MAX_IN_FLIGHT_PUBLISHES),
        Objects.requireNonNullElse(maxJsonDepth, DEFAULT_MAX_JSON_DEPTH),
        Objects.requireNonNullElse(maxJsonFields, DEFAULT_MAX_JSON_FIELDS),
        Objects.requireNonNullElse(maxStringLength, DEFAULT_MAX_STRING_LENGTH));
  }

  public static LimitSettings defaults() {
    return fromYaml(null, null, null, null, null);
  }
}
