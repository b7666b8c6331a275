package dev.walletplatform.kit.config;

import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.server.ServerFactory;
import io.dropwizard.jetty.ConnectorFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.jetty.HttpsConnectorFactory;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the {@code server} section must say before a service listens. Every service: admin servlets
 * on connectors of their own (never {@code type: simple}, which serves them on the application
 * port, and never the application port's number). A public service also: HTTPS-only application
 * connectors with TLS 1.2/1.3 and forward-secret AEAD cipher suites only. Dropwizard accepts all of
 * that weaker; the kit refuses to start, naming the key — not a penetration test later.
 */
public final class TransportPolicy {
  public static final Set<String> PROTOCOLS = Set.of("TLSv1.3", "TLSv1.2");

  /** TLS 1.3 suites (all AEAD), and TLS 1.2 suites with ECDHE and AES-GCM or ChaCha20-Poly1305. */
  private static final Pattern AEAD_SUITE =
      Pattern.compile(
          "TLS_(AES_(128|256)_GCM_SHA(256|384)|CHACHA20_POLY1305_SHA256"
              + "|ECDHE_(ECDSA|RSA)_WITH_(AES_(128|256)_GCM_SHA(256|384)|CHACHA20_POLY1305_SHA256))");

  private TransportPolicy() {}

  /** Admin connectors apart from the application's; for every service. */
  public static DefaultServerFactory requireAdminApart(ServerFactory factory) {
    if (!(factory instanceof DefaultServerFactory server)) {
      throw new IllegalArgumentException(
          "server.type must be 'default': a 'simple' server serves the admin"
              + " servlets on the application connector");
    }
    for (ConnectorFactory admin : server.getAdminConnectors()) {
      for (ConnectorFactory app : server.getApplicationConnectors()) {
        if (admin instanceof HttpConnectorFactory a
            && app instanceof HttpConnectorFactory p
            && a.getPort() != 0
            && a.getPort() == p.getPort()) {
          throw new IllegalArgumentException(
              "server.adminConnectors: port "
                  + a.getPort()
                  + " is an application connector's; the admin port must be a port of its own");
        }
      }
    }
    return server;
  }

  /**
   * Admin apart, and HTTPS-only application connectors of modern TLS; for services mobile clients
   * call.
   */
  public static void requirePublicHttps(ServerFactory factory) {
    DefaultServerFactory server = requireAdminApart(factory);
    List<ConnectorFactory> connectors = server.getApplicationConnectors();
    if (connectors == null || connectors.isEmpty()) {
      throw new IllegalArgumentException(
          "server.applicationConnectors must list one https connector");
    }
    for (int i = 0; i < connectors.size(); i++) {
      requireHttps("server.applicationConnectors[" + i + "]", connectors.get(i));
    }
  }

  private static void requireHttps(String key, ConnectorFactory connector) {
    if (!(connector instanceof HttpsConnectorFactory https)) {
      throw new IllegalArgumentException(
          key + ".type must be https: mobile clients never talk plain HTTP");
    }
    List<String> protocols = https.getSupportedProtocols();
    if (protocols == null || protocols.isEmpty() || !PROTOCOLS.containsAll(protocols)) {
      throw new IllegalArgumentException(
          key + ".supportedProtocols must list only " + PROTOCOLS + ", was " + protocols);
    }
    List<String> suites = https.getSupportedCipherSuites();
    if (suites == null || suites.isEmpty()) {
      throw new IllegalArgumentException(
          key
              + ".supportedCipherSuites must list the AEAD suites allowed"
              + " (the JVM's defaults include CBC suites)");
    }
    for (String suite : suites) {
      if (!AEAD_SUITE.matcher(suite).matches()) {
        throw new IllegalArgumentException(
            key
                + ".supportedCipherSuites: "
                + suite
                + " is not a forward-secret AEAD suite (ECDHE with AES-GCM or ChaCha20-Poly1305, or a TLS 1.3 suite)");
      }
    }
  }
}
