package dev.walletplatform.walletservice.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.walletplatform.auth.jwt.JwtSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

/**
 * {@code auth.jwt}: how mobile callers' bearer tokens are verified. Built into service-auth's
 * {@link JwtSettings} when bound, so a bad value fails the start naming its key.
 *
 * @param issuer the exact {@code iss} of the identity provider
 * @param audience the {@code aud} naming this platform's API (one token serves gateway and wallet service)
 * @param jwks the identity provider's keys: an {@code https:} URL, or a {@code file:} URI locally
 * @param clockSkew tolerance on {@code exp}/{@code nbf}; default 30 s, at most 2 min
 * @param unknownKeyRefreshInterval how often a token with an unknown {@code kid} may trigger a JWKS
 *     refresh; default 30 s (tests shorten it to see a key rotation at once)
 */
public record JwtConfig(String issuer, String audience, URI jwks, Duration clockSkew, Duration unknownKeyRefreshInterval) {

  @JsonCreator
  public static JwtConfig fromYaml(
      @JsonProperty("issuer") String issuer,
      @JsonProperty("audience") String audience,
      @JsonProperty("jwks") String jwks,
      @JsonProperty("clockSkew") Duration clockSkew,
      @JsonProperty("unknownKeyRefreshInterval") Duration unknownKeyRefreshInterval) {
    if (jwks == null || jwks.isBlank()) {
      throw new IllegalArgumentException("auth.jwt.jwks is required: the identity provider's JWKS URL");
    }
    URI location;
    try {
      location = new URI(jwks.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("auth.jwt.jwks is not a URI: " + e.getMessage(), e);
    }
    return new JwtConfig(issuer, audience, location, clockSkew, unknownKeyRefreshInterval);
  }

  public JwtConfig {
    JwtSettings checked = build(issuer, audience, jwks, clockSkew, unknownKeyRefreshInterval); // fails the start
    clockSkew = checked.clockSkew();
    unknownKeyRefreshInterval = checked.unknownKeyRefreshInterval();
  }

  /** What the verifier needs; every other limit is {@link JwtSettings#of}'s default. */
  public JwtSettings settings() {
    return build(issuer, audience, jwks, clockSkew, unknownKeyRefreshInterval);
  }

  private static JwtSettings build(String issuer, String audience, URI jwks, Duration clockSkew,
      Duration unknownKeyRefreshInterval) {
    try {
      JwtSettings defaults = JwtSettings.of(issuer, audience, jwks);
      return new JwtSettings(issuer, audience, jwks,
          clockSkew == null ? defaults.clockSkew() : clockSkew, defaults.keysMaxAge(),
          unknownKeyRefreshInterval == null ? defaults.unknownKeyRefreshInterval() : unknownKeyRefreshInterval,
          defaults.maxTokenLength(), defaults.maxWallets(), defaults.verifiedTokenCacheSize());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("auth.jwt: " + e.getMessage(), e);
    }
  }
}
