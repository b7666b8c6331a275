package dev.walletplatform.gateway;

import dev.walletplatform.gateway.auth.StaticTokenAuthenticator;
import dev.walletplatform.infra.tls.SelfSignedKeystore;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a gateway YAML for integration tests: HTTPS and admin on port 0, quiet logs. */
public final class GatewayTestConfig {
  public static final String CLIENT_ID = "it-client";
  public static final String TOKEN = "it-token-4f1c9a7e";

  private GatewayTestConfig() {}

  public static Path write(Path dir, String bootstrapServers, URI registry, SelfSignedKeystore keystore)
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
        schemaRegistry:
          url: "%s"
        auth:
          clients:
            - clientId: %s
              tokenSha256: %s
        circuitBreaker:
          minimumCalls: 3
          slidingWindowSize: 10
          openDuration: 30s
        """
            .formatted(
                keystore.path(), keystore.password(), bootstrapServers, registry, CLIENT_ID,
                StaticTokenAuthenticator.hashOf(TOKEN));
    return Files.writeString(dir.resolve("gateway-" + System.nanoTime() + ".yml"), yaml);
  }
}
