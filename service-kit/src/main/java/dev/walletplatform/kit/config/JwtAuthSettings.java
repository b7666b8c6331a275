package dev.walletplatform.kit.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.walletplatform.kit.auth.jwt.JwtSettings;
import io.dropwizard.util.Duration;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * {@code auth.jwt}: how mobile callers' bearer JWTs are verified, the same block in every public
 * service. Builds {@link JwtSettings} right away, so a bad issuer, JWKS location or skew stops the
 * start with the key named. Durations are Dropwizard's ({@code 30s}, {@code 10m}); omitted ones
 * take {@link JwtSettings#of}'s defaults.
 *
 * @param issuer the exact {@code iss} of the identity provider
 * @param audience the {@code aud} naming this platform's API (one token serves gateway and wallet
 *     service)
 * @param jwks the identity provider's JWKS: an {@code https:} URL in production, the local
 *     runtime's {@code file:} URI
 * @param clockSkew tolerance on {@code exp}/{@code nbf}, at most 2 minutes
 * @param keysMaxAge how long fetched keys are used before they are fetched again
 * @param unknownKeyRefreshInterval a token with an unknown {@code kid} refetches the JWKS at most
 *     this often (a rotation is picked up at once; forged kids cost one fetch per interval)
 */
public record JwtAuthSettings(
    String issuer,
    String audience,
    URI jwks,
    Duration clockSkew,
    Duration keysMaxAge,
    Duration unknownKeyRefreshInterval) {

  /** The defaults: 30 s skew, keys refetched every 10 min, unknown kids every 30 s. */
  private static final JwtSettings DEFAULTS =
      JwtSettings.of("defaults", "defaults", URI.create("file:/defaults"));

  private static final Duration MAX_CLOCK_SKEW = ConfigDurations.of(JwtSettings.MAX_CLOCK_SKEW);

  public JwtAuthSettings {
    clockSkew = Objects.requireNonNullElse(clockSkew, ConfigDurations.of(DEFAULTS.clockSkew()));
    keysMaxAge = Objects.requireNonNullElse(keysMaxAge, ConfigDurations.of(DEFAULTS.keysMaxAge()));
    unknownKeyRefreshInterval =
        Objects.requireNonNullElse(
            unknownKeyRefreshInterval, ConfigDurations.of(DEFAULTS.unknownKeyRefreshInterval()));
    if (clockSkew.toNanoseconds() < 0 || clockSkew.compareTo(MAX_CLOCK_SKEW) > 0) {
      throw new IllegalArgumentException(
          "auth.jwt.clockSkew must be within 0.." + MAX_CLOCK_SKEW + ", was: " + clockSkew);
    }
    requirePositive("auth.jwt.keysMaxAge", keysMaxAge);
    requirePositive("auth.jwt.unknownKeyRefreshInterval", unknownKeyRefreshInterval);
    build(issuer, audience, jwks, clockSkew, keysMaxAge, unknownKeyRefreshInterval);
  }

  @JsonCreator
  public static JwtAuthSettings fromYaml(
      @JsonProperty("issuer") String issuer,
      @JsonProperty("audience") String audience,
      @JsonProperty("jwks") String jwks,
      @JsonProperty("clockSkew") Duration clockSkew,
      @JsonProperty("keysMaxAge") Duration keysMaxAge,
      @JsonProperty("unknownKeyRefreshInterval") Duration unknownKeyRefreshInterval) {
    if (jwks == null || jwks.isBlank()) {
      throw new IllegalArgumentException(
          "auth.jwt.jwks is required: the identity provider's JWKS URL (AUTH_JWKS_URI)");
    }
    URI location;
    try {
      location = new URI(jwks.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("auth.jwt.jwks is not a URI: " + e.getMessage(), e);
    }
    return new JwtAuthSettings(
        issuer, audience, location, clockSkew, keysMaxAge, unknownKeyRefreshInterval);
  }

  /** What {@code JwtVerifier} takes; every other limit is {@link JwtSettings#of}'s default. */
  public JwtSettings toJwtSettings() {
    return build(issuer, audience, jwks, clockSkew, keysMaxAge, unknownKeyRefreshInterval);
  }

  private static JwtSettings build(
      String issuer,
      String audience,
      URI jwks,
      Duration clockSkew,
      Duration keysMaxAge,
      Duration refresh) {
    try {
      return new JwtSettings(
          issuer,
          audience,
          jwks,
          clockSkew.toJavaDuration(),
          keysMaxAge.toJavaDuration(),
          refresh.toJavaDuration(),
          DEFAULTS.maxTokenLength(),
          DEFAULTS.maxWallets(),
          DEFAULTS.verifiedTokenCacheSize());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("auth.jwt: " + e.getMessage(), e);
    }
  }

  private static void requirePositive(String key, Duration value) {
    if (value.toNanoseconds() <= 0) {
      throw new IllegalArgumentException(key + " must be a positive duration, was: " + value);
    }
  }
}
