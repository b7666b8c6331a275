package dev.walletplatform.gateway.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * {@code rateLimits}: token buckets checked after authentication and before the body is read.
 * {@code perCaller} is keyed by the token's subject (one signed-in user: an app's client id is
 * shared by every install of it), so one user cannot take the pod's capacity from the others;
 * {@code global} bounds what this pod admits in all. Both answer 429 RATE_LIMITED with the
 * Retry-After the bucket computes.
 *
 * @param maxTrackedClients buckets kept per pod (least recently used dropped beyond it: a dropped
 *     client starts again with a full bucket)
 */
public record RateLimitSettings(
    @Valid @NotNull Bucket perCaller,
    @Valid @NotNull Bucket global,
    @Min(100) @Max(10_000_000) int maxTrackedClients) {

  static final Bucket DEFAULT_PER_CALLER = new Bucket(10, 20);
  static final Bucket DEFAULT_GLOBAL = new Bucket(2_000, 4_000);
  static final int DEFAULT_MAX_TRACKED_CLIENTS = 100_000;

  /**
   * A token bucket: {@code burst} requests at once, refilled at {@code perSecond}.
   *
   * @param perSecond sustained requests per second (fractions allowed: 0.5 is one every 2 s)
   * @param burst the bucket's size: requests a full bucket admits at once
   */
  public record Bucket(double perSecond, @Min(1) @Max(1_000_000) int burst) {
    public Bucket {
      if (!(perSecond >= 0.001 && perSecond <= 1_000_000)) {
        throw new IllegalArgumentException(
            "rateLimits: perSecond must be within 0.001..1000000, was " + perSecond);
      }
    }

    @JsonCreator
    public static Bucket fromYaml(
        @JsonProperty("perSecond") Double perSecond, @JsonProperty("burst") Integer burst) {
      if (perSecond == null || burst == null) {
        throw new IllegalArgumentException("rateLimits: a bucket needs perSecond and burst");
      }
      return new Bucket(perSecond, burst);
    }
  }

  public RateLimitSettings {
    Objects.requireNonNull(perCaller, "rateLimits.perCaller");
    Objects.requireNonNull(global, "rateLimits.global");
  }

  @JsonCreator
  public static RateLimitSettings fromYaml(
      @JsonProperty("perCaller") Bucket perCaller,
      @JsonProperty("global") Bucket global,
      @JsonProperty("maxTrackedClients") Integer maxTrackedClients) {
    return new RateLimitSettings(
        Objects.requireNonNullElse(perCaller, DEFAULT_PER_CALLER),
        Objects.requireNonNullElse(global, DEFAULT_GLOBAL),
        Objects.requireNonNullElse(maxTrackedClients, DEFAULT_MAX_TRACKED_CLIENTS));
  }

  public static RateLimitSettings defaults() {
    return fromYaml(null, null, null);
  }
}
