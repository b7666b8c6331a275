package dev.walletplatform.kit.auth.jwt;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How mobile tokens are verified; immutable and checked when built.
 *
 * @param issuer the exact {@code iss} the identity provider signs
 * @param audience the {@code aud} value that names this platform's API
 * @param jwks where the identity provider's public keys are: an {@code https:} URL, or a {@code
 *     file:} URI (a mounted secret, or the local runtime's generated keys)
 * @param clockSkew tolerance on {@code exp}/{@code nbf} for clocks that drift; at most 2 minutes
 * @param keysMaxAge how long the JWKS is used before it is fetched again
 * @param unknownKeyRefreshInterval a token with an unknown {@code kid} triggers a refresh at most
 *     this often (key rotation is picked up at once, a flood of forged kids costs one fetch per
 *     interval)
 * @param maxTokenLength tokens longer than this are refused unparsed
 * @param maxWallets the most wallets a {@code wallets} claim may list
 * @param verifiedTokenCacheSize how many verified tokens are remembered so their signatures are not
 *     checked again on every request (0 turns it off); see {@link VerifiedTokenCache}
 */
public record JwtSettings(
    String issuer,
    String audience,
    URI jwks,
    Duration clockSkew,
    Duration keysMaxAge,
    Duration unknownKeyRefreshInterval,
    int maxTokenLength,
    int maxWallets,
    int verifiedTokenCacheSize) {

  public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(2);

  public JwtSettings {
    requireText("issuer", issuer);
    requireText("audience", audience);
    Objects.requireNonNull(jwks, "jwks");
    if (!"https".equals(jwks.getScheme())
        && !"file".equals(jwks.getScheme())
        && !isLoopbackHttp(jwks)) {
      throw new IllegalArgumentException(
          "jwks must be an https: URL or a file: URI (http: only on loopback), was: " + jwks);
    }
    if (clockSkew == null || clockSkew.isNegative() || clockSkew.compareTo(MAX_CLOCK_SKEW) > 0) {
      throw new IllegalArgumentException(
          "clockSkew must be within 0.." + MAX_CLOCK_SKEW + ", was: " + clockSkew);
    }
    requirePositive("keysMaxAge", keysMaxAge);
    requirePositive("unknownKeyRefreshInterval", unknownKeyRefreshInterval);
    if (maxTokenLength < 256 || maxTokenLength > 16_384) {
      throw new IllegalArgumentException(
          "maxTokenLength must be 256..16384, was: " + maxTokenLength);
    }
    if (maxWallets < 1 || maxWallets > 1_000) {
      throw new IllegalArgumentException("maxWallets must be 1..1000, was: " + maxWallets);
    }
    if (verifiedTokenCacheSize < 0 || verifiedTokenCacheSize > 1_000_000) {
      throw new IllegalArgumentException(
          "verifiedTokenCacheSize must be 0..1000000, was: " + verifiedTokenCacheSize);
    }
  }

  /**
   * Safe defaults: 30 s skew, keys refetched every 10 min, unknown kids refresh at most every 30 s,
   * 10,000 verified tokens remembered (a few MB).
   */
  public static JwtSettings of(String issuer, String audience, URI jwks) {
    return new JwtSettings(
        issuer,
        audience,
        jwks,
        Duration.ofSeconds(30),
        Duration.ofMinutes(10),
        Duration.ofSeconds(30),
        8_192,
        100,
        10_000);
  }

  private static boolean isLoopbackHttp(URI uri) {
    return "http".equals(uri.getScheme())
        && ("localhost".equals(uri.getHost())
            || "127.0.0.1".equals(uri.getHost())
            || "[::1]".equals(uri.getHost()));
  }

  private static void requireText(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }

  private static void requirePositive(String name, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be a positive duration, was: " + value);
    }
  }
}
