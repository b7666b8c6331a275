package dev.walletplatform.gateway;

import dev.walletplatform.fixtures.config.LocalServiceConfig;
import dev.walletplatform.fixtures.tokens.LocalTokenIssuer;
import dev.walletplatform.infra.tls.SelfSignedKeystore;
import dev.walletplatform.kit.auth.apikey.ApiKeyRing;
import java.net.URI;
import java.nio.file.Path;

/**
 * The gateway's committed {@code config/local.yml} as the ITs start it: the variables the local
 * runtime sets (HTTPS and admin on free ports, this test's keystore, broker and registry, the JWKS
 * file of a {@link LocalTokenIssuer}, the admin keys, the rate limits), plus what only a test wants
 * — loopback only, quiet logs, a short broker warm-up for the ITs without one, a key rotation seen
 * within 100 ms, and a circuit breaker that opens after three failed calls.
 */
public final class GatewayTestConfig {
  public static final String CLIENT_ID = "it-client";
  public static final String ISSUER = "https://auth.it.local";
  public static final String AUDIENCE = "wallet-api";
  public static final String METRICS_KEY = "it-metrics-key-5b0c1e77d2a94f3c";
  public static final String OPERATOR_KEY = "it-operator-key-9e4d2a61c7f04b88";

  /** The gateway's token buckets, as the four variables config/local.yml reads them from. */
  public record RateLimits(
      double callerPerSecond, int callerBurst, double globalPerSecond, int globalBurst) {}

  /** Rate limits no functional test reaches. */
  public static final RateLimits GENEROUS_RATE_LIMITS =
      new RateLimits(10_000, 10_000, 100_000, 100_000);

  private GatewayTestConfig() {}

  /** A token issuer writing its JWKS into {@code dir}. */
  public static LocalTokenIssuer issuer(Path dir) {
    return LocalTokenIssuer.create(
        ISSUER, AUDIENCE, dir.resolve("jwks-" + System.nanoTime() + ".json"));
  }

  public static Path write(
      Path dir,
      String bootstrapServers,
      URI registry,
      SelfSignedKeystore keystore,
      LocalTokenIssuer tokens) {
    return write(dir, bootstrapServers, registry, keystore, tokens, GENEROUS_RATE_LIMITS);
  }

  /** As above with the given rate limits. */
  public static Path write(
      Path dir,
      String bootstrapServers,
      URI registry,
      SelfSignedKeystore keystore,
      LocalTokenIssuer tokens,
      RateLimits rateLimits) {
    return LocalServiceConfig.of("ingest-gateway")
        .env("GATEWAY_HTTPS_PORT", 0)
        .env("GATEWAY_ADMIN_PORT", 0)
        .env("GATEWAY_KEYSTORE_PATH", keystore.path())
        .env("GATEWAY_KEYSTORE_PASSWORD", keystore.password())
        .env("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers)
        .env("SCHEMA_REGISTRY_URL", registry)
        .env("AUTH_JWT_ISSUER", tokens.issuer())
        .env("AUTH_JWT_AUDIENCE", tokens.audience())
        .env("AUTH_JWKS_URI", tokens.jwksUri())
        .env("ADMIN_METRICS_KEY_SHA256", ApiKeyRing.hashOf(METRICS_KEY))
        .env("ADMIN_OPERATOR_KEY_SHA256", ApiKeyRing.hashOf(OPERATOR_KEY))
        .env("GATEWAY_RATE_LIMIT_CALLER_PER_SECOND", rateLimits.callerPerSecond())
        .env("GATEWAY_RATE_LIMIT_CALLER_BURST", rateLimits.callerBurst())
        .env("GATEWAY_RATE_LIMIT_GLOBAL_PER_SECOND", rateLimits.globalPerSecond())
        .env("GATEWAY_RATE_LIMIT_GLOBAL_BURST", rateLimits.globalBurst())
        .override("server.applicationConnectors[0].bindHost", "127.0.0.1")
        .override("server.requestLog.appenders", "[]")
        .override("logging", "{level: WARN}")
        .override("kafka.deliveryTimeout", "15s")
        // the ITs without a broker would otherwise wait 15 s for metadata at each start
        .override("kafka.warmUpLimit", "1s")
        .override("auth.jwt.unknownKeyRefreshInterval", "100ms")
        .override("circuitBreaker.minimumCalls", "3")
        .override("circuitBreaker.slidingWindowSize", "10")
        .override("circuitBreaker.openDuration", "30s")
        .writeTo(dir.resolve("gateway-" + System.nanoTime() + ".yml"));
  }
}
