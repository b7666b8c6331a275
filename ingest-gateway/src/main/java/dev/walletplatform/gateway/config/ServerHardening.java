package dev.walletplatform.gateway.config;

import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.server.ServerFactory;
import io.dropwizard.jetty.ConnectorFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.jetty.HttpsConnectorFactory;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the {@code server} section must say before the gateway listens: the public connectors are
 * HTTPS only, with TLS 1.2/1.3 and AEAD cipher suites with forward secrecy only; the admin servlets
 * have connectors of their own (never {@code type: simple}, which would serve them on the public
 * port). Dropwizard accepts all of that weaker; the gateway does not start with it.
 */
final class ServerHardening {
  static final Set<String> PROTOCOLS = Set.of("TLSv1.3", "TLSv1.2");
  /** TLS 1.3 suites (all AEAD), and TLS 1.2 suites with ECDHE and AES-GCM or ChaCha20-Poly1305. */
  private static final Pattern AEAD_SUITE = Pattern.compile(
      "TLS_(AES_128_GCM_SHA256|AES_256_GCM_SHA384|CHACHA20_POLY1305_SHA256)"
          + "|TLS_ECDHE_(ECDSA|RSA)_WITH_(AES_128_GCM_SHA256|AES_256_GCM_SHA384|CHACHA20_POLY1305_SHA256)");

  private ServerHardening() {}

  static void requireHardened(ServerFactory factory) {
    if (!(factory instanceof DefaultServerFactory server)) {
      throw new IllegalArgumentException("server.type must be 'default': a 'simple' server serves the admin"
          + " servlets on the public connector");
    }
    List<ConnectorFactory> connectors = server.getApplicationConnectors();
    if (connectors == null || connectors.isEmpty()) {
      throw new IllegalArgumentException("server.applicationConnectors: the gateway needs one https connector");
    }
    for (int i = 0; i < connectors.size(); i++) {
      requireHttps("server.applicationConnectors[" + i + "]", connectors.get(i));
    }
    requireAdminApart(server);
  }

  private static void requireHttps(String key, ConnectorFactory connector) {
    if (!(connector instanceof HttpsConnectorFactory https)) {
      throw new IllegalArgumentException(key + " must be type https: mobile clients never talk plain HTTP");
    }
    List<String> protocols = https.getSupportedProtocols();
    if (protocols == null || protocols.isEmpty() || !PROTOCOLS.containsAll(protocols)) {
      throw new IllegalArgumentException(key + ".supportedProtocols must list only " + PROTOCOLS + ", was "
          + protocols);
    }
    List<String> suites = https.getSupportedCipherSuites();
    if (suites == null || suites.isEmpty()) {
      throw new IllegalArgumentException(key + ".supportedCipherSuites must be listed (AEAD suites with ECDHE)");
    }
    for (String suite : suites) {
      if (!AEAD_SUITE.matcher(suite).matches()) {
        throw new IllegalArgumentException(key + ".supportedCipherSuites: " + suite + " is not an AEAD suite"
            + " with forward secrecy (allowed: " + AEAD_SUITE + ")");
      }
    }
  }

  private static void requireAdminApart(DefaultServerFactory server) {
    for (ConnectorFactory admin : server.getAdminConnectors()) {
      for (ConnectorFactory app : server.getApplicationConnectors()) {
        if (admin instanceof HttpConnectorFactory a && app instanceof HttpConnectorFactory p
            && a.getPort() != 0 && a.getPort() == p.getPort()) {
          throw new IllegalArgumentException("server.adminConnectors: port " + a.getPort()
              + " is the public connector's; the admin port must be a port of its own");
        }
      }
    }
  }
}
