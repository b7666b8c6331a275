package dev.walletplatform.local;

import com.nimbusds.jose.JWSAlgorithm;
import dev.walletplatform.fixtures.tokens.LocalTokenIssuer;
import dev.walletplatform.kit.auth.apikey.ApiKeyRing;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything secret a local run needs, generated at start and never committed: the RS256 signing
 * key of a stand-in identity provider (its public JWKS written to a file the gateway and wallet
 * service read, as they would read the provider's URL), and the API keys of the admin and status
 * ports, of which the services get only the SHA-256 — as in production.
 */
public final class LocalCredentials {
  /** The token claims the services check; config/local.yml of each service defaults to the same. */
  public static final String ISSUER = "https://auth.wallet.local";

  public static final String AUDIENCE = "wallet-api";

  /** Long enough for a soak run; a token is re-issued per wallet set, not refreshed. */
  private static final Duration TOKEN_TTL = Duration.ofHours(12);

  private final String clientId;
  private final LocalTokenIssuer tokens;
  private final String metricsKey;
  private final String operatorKey;
  private final String statusKey;
  private final Map<String, String> tokenPerWallet = new ConcurrentHashMap<>();

  private LocalCredentials(String clientId, LocalTokenIssuer tokens) {
    this.clientId = clientId;
    this.tokens = tokens;
    this.metricsKey = randomKey("metrics");
    this.operatorKey = randomKey("operator");
    this.statusKey = randomKey("status");
  }

  /** New keys for a run; the JWKS goes to {@code dir}/jwks.json. */
  public static LocalCredentials generate(String clientId, Path dir) {
    // RS256, as most identity providers sign by default: a JDK verifies it in ~0.07 ms, ES256 in ~1
    // ms
    // (docs/benchmarks/burst.md); the services accept both
    return new LocalCredentials(
        clientId,
        LocalTokenIssuer.create(ISSUER, AUDIENCE, dir.resolve("jwks.json"), JWSAlgorithm.RS256));
  }

  /** The mobile client's id: what scopes its Idempotency-Keys at the gateway. */
  public String clientId() {
    return clientId;
  }

  /**
   * A bearer token of user {@code local-user} of this run's client owning {@code wallets} (at most
   * 100: the services' claim limit). The gateway's per-caller rate limit counts by user.
   */
  public String tokenFor(Collection<String> wallets) {
    return tokens.issue("local-user", clientId, Set.copyOf(wallets), TOKEN_TTL);
  }

  /**
   * A token of a user of its own owning just {@code wallet} — many users of one app, as a burst of
   * mobile clients is — issued once per wallet and kept.
   */
  public String tokenForWallet(String wallet) {
    return tokenPerWallet.computeIfAbsent(
        wallet, w -> tokens.issue("user-" + w, clientId, Set.of(w), TOKEN_TTL));
  }

  /** The stand-in identity provider, for tests that need a rotated key or odd claims. */
  public LocalTokenIssuer issuer() {
    return tokens;
  }

  /** The admin ports' metrics key itself (scope metrics:read), for a Prometheus scrape config. */
  public String metricsKey() {
    return metricsKey;
  }

  /** {@code Authorization} value for an admin port's {@code /metrics} (scope metrics:read). */
  public String metricsAuthorization() {
    return "ApiKey " + metricsKey;
  }

  /** {@code Authorization} value for everything on an admin port (scope admin). */
  public String operatorAuthorization() {
    return "ApiKey " + operatorKey;
  }

  /** {@code Authorization} value for the stream processors' status port (scope status:read). */
  public String statusAuthorization() {
    return "ApiKey " + statusKey;
  }

  /**
   * What every service's config/local.yml reads for authentication; the same names Kubernetes sets.
   */
  public Map<String, String> serviceEnvironment() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("AUTH_JWKS_URI", tokens.jwksUri().toString());
    env.put("AUTH_JWT_ISSUER", ISSUER);
    env.put("AUTH_JWT_AUDIENCE", AUDIENCE);
    env.put("ADMIN_METRICS_KEY_SHA256", ApiKeyRing.hashOf(metricsKey));
    env.put("ADMIN_OPERATOR_KEY_SHA256", ApiKeyRing.hashOf(operatorKey));
    env.put("STATUS_VIEW_KEY_SHA256", ApiKeyRing.hashOf(statusKey));
    env.put("STATUS_VIEW_API_KEY", statusKey);
    return Map.copyOf(env);
  }

  private static String randomKey(String purpose) {
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    return "local-" + purpose + "-" + HexFormat.of().formatHex(random);
  }

  @Override
  public String toString() {
    return "LocalCredentials[clientId=" + clientId + ", jwks=" + tokens.jwksUri() + ", keys=****]";
  }
}
