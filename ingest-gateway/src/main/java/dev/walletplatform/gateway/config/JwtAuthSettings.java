package dev.walletplatform.gateway.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.walletplatform.auth.jwt.JwtSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * {@code auth.jwt}: how mobile callers' bearer JWTs are verified. Binds the YAML every service
 * shares and builds service-auth's {@link JwtSettings} right away, so a bad issuer, JWKS location
 * or skew stops the start with the key named. Omitted durations take {@link JwtSettings#of}'s
 * defaults.
 *
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

  /** service-auth's defaults (30 s skew, keys refetched every 10 min, unknown kids every 30 s). */
  private static final JwtSettings DEFAULTS = JwtSettings.of("defaults", "defaults", URI.create("file:/defaults"));

  public JwtAuthSettings {
    toJwtSettings(issuer, audience, jwks, clockSkew, keysMaxAge, unknownKeyRefreshInterval);
  }

  @JsonCreator
  public static JwtAuthSettings fromYaml(
      @JsonProperty("issuer") String issuer,
      @JsonProperty("audience") String audience,
      @JsonProperty("jwks") URI jwks,
      @JsonProperty("clockSkew") Duration clockSkew,
      @JsonProperty("keysMaxAge") Duration keysMaxAge,
      @JsonProperty("unknownKeyRefreshInterval") Duration unknownKeyRefreshInterval) {
    if (jwks == null || jwks.toString().isBlank()) {
      throw new IllegalArgumentException("auth.jwt.jwks is required: the identity provider's JWKS URL (AUTH_JWKS_URI)");
    }
    return new JwtAuthSettings(
        issuer,
        audience,
        jwks,
        Objects.requireNonNullElse(clockSkew, DEFAULTS.clockSkew()),
        Objects.requireNonNullElse(keysMaxAge, DEFAULTS.keysMaxAge()),
        Objects.requireNonNullElse(unknownKeyRefreshInterval, DEFAULTS.unknownKeyRefreshInterval()));
  }

  /** What {@code JwtVerifier} takes. */
  public JwtSettings toJwtSettings() {
    return toJwtSettings(issuer, audience, jwks, clockSkew, keysMaxAge, unknownKeyRefreshInterval);
  }

  private static JwtSettings toJwtSettings(
      String issuer, String audience, URI jwks, Duration clockSkew, Duration keysMaxAge, Duration refresh) {
    try {
      return new JwtSettings(issuer, audience, jwks, clockSkew, keysMaxAge, refresh, DEFAULTS.maxTokenLength(),
          DEFAULTS.maxWallets(), DEFAULTS.verifiedTokenCacheSize());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("auth.jwt: " + e.getMessage(), e);
    }
  }
}
