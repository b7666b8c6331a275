package dev.walletplatform.gateway;

import dev.walletplatform.fixtures.tokens.LocalTokenIssuer;
import dev.walletplatform.infra.tls.SelfSignedKeystore;
import dev.walletplatform.kit.auth.apikey.ApiKeyRing;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a gateway YAML for integration tests: HTTPS (TLS 1.2/1.3, AEAD suites) and admin on port
 * 0, tokens of a {@link LocalTokenIssuer} whose JWKS file the gateway reads, admin API keys, quiet
 * logs. The JWKS is refetched for an unknown key id at most every 100 ms, so a key rotation shows
 * at once.
 */
public final class GatewayTestConfig {
  public static final String CLIENT_ID = "it-client";
  public static final String ISSUER = "https://auth.it.local";
  public static final String AUDIENCE = "wallet-api";
  public static final String METRICS_KEY = "it-metrics-key-5b0c1e77d2a94f3c";
  public static final String OPERATOR_KEY = "it-operator-key-9e4d2a61c7f04b88";

  /** Rate limits no functional test reaches. */
  public static final String GENEROUS_RATE_LIMITS =
      "rateLimits:\n  perCaller: {perSecond: 10000, burst: 10000}\n  global: {perSecond: 100000, burst: 100000}\n";

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
      LocalTokenIssuer tokens)
      throws IOException {
    return write(dir, bootstrapServers, registry, keystore, tokens, GENEROUS_RATE_LIMITS);
  }

  /** As above with the given {@code rateLimits} section. */
  public static Path write(
      Path dir,
      String bootstrapServers,
      URI registry,
      SelfSignedKeystore keystore,
      LocalTokenIssuer tokens,
      String rateLimits)
      throws IOException {
    String yaml =
        """
        server:
          enableVirtualThreads: true
          applicationConnectors:
            - type: https
              port: 0
              bindHost: 127.0.0.1
              keyStorePath: "%s"
              keyStorePassword: "%s"
              keyStoreType: PKCS12
              validateCerts: false
              supportedProtocols: [TLSv1.3, TLSv1.2]
              supportedCipherSuites:
                - TLS_AES_256_GCM_SHA384
                - TLS_AES_128_GCM_SHA256
                - TLS_CHACHA20_POLY1305_SHA256
                - TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384
                - TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256
                - TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384
                - TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
                - TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256
          adminConnectors:
            - type: http
              port: 0
              bindHost: 127.0.0.1
          requestLog:
            appenders: []
        logging:
          level: WARN
        kafka:
          bootstrapServers: "%s"
          ackTimeout: 5s
          deliveryTimeout: 15s
          maxBlock: 1s
          # the ITs without a broker would otherwise wait 15 s for metadata at each start
          warmUpLimit: 1s
        schemaRegistry:
          url: "%s"
        auth:
          jwt:
            issuer: "%s"
            audience: "%s"
            jwks: "%s"
            clockSkew: PT30S
            unknownKeyRefreshInterval: PT0.1S
        adminAccess:
          apiKeys:
            - {name: prometheus, sha256: "%s", scopes: [metrics:read]}
            - {name: operator, sha256: "%s", scopes: [admin]}
        circuitBreaker:
          minimumCalls: 3
          slidingWindowSize: 10
          openDuration: 30s
        """
                .formatted(
                    keystore.path(),
                    keystore.password(),
                    bootstrapServers,
                    registry,
                    tokens.issuer(),
                    tokens.audience(),
                    tokens.jwksUri(),
                    ApiKeyRing.hashOf(METRICS_KEY),
                    ApiKeyRing.hashOf(OPERATOR_KEY))
            + rateLimits;
    return Files.writeString(dir.resolve("gateway-" + System.nanoTime() + ".yml"), yaml);
  }
}
