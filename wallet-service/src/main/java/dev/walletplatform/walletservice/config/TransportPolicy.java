package dev.walletplatform.walletservice.config;

import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.server.ServerFactory;
import io.dropwizard.jetty.ConnectorFactory;
import io.dropwizard.jetty.HttpsConnectorFactory;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the public connectors must be: HTTPS only, TLS 1.2 or 1.3 only, and only forward-secret AEAD
 * cipher suites (AES-GCM, ChaCha20-Poly1305 over ECDHE; TLS 1.3's own suites). Checked when the
 * {@code server} section is bound, so a config that would serve balances over plain HTTP or with a
 * CBC suite fails the start (and deploy-checks) naming the key — not a penetration test later.
 */
public final class TransportPolicy {
  public static final Set<String> PROTOCOLS = Set.of("TLSv1.3", "TLSv1.2");
  private static final Pattern AEAD_SUITE = Pattern.compile(
      "TLS_(AES_(128|256)_GCM_SHA(256|384)|CHACHA20_POLY1305_SHA256"
          + "|ECDHE_(ECDSA|RSA)_WITH_(AES_(128|256)_GCM_SHA(256|384)|CHACHA20_POLY1305_SHA256))");

  private TransportPolicy() {}

  /** Refuses anything but {@code type: default} with HTTPS application connectors of modern TLS. */
  public static void check(ServerFactory server) {
    if (!(server instanceof DefaultServerFactory factory)) {
      // the simple server puts the admin servlets on the public port
      throw new IllegalArgumentException("server.type must be default (public and admin connectors apart)");
    }
    List<ConnectorFactory> connectors = factory.getApplicationConnectors();
    if (connectors == null || connectors.isEmpty()) {
      throw new IllegalArgumentException("server.applicationConnectors must list one https connector");
    }
    for (int i = 0; i < connectors.size(); i++) {
      check("server.applicationConnectors[" + i + "]", connectors.get(i));
    }
  }

  private static void check(String key, ConnectorFactory connector) {
    if (!(connector instanceof HttpsConnectorFactory https)) {
      throw new IllegalArgumentException(key + ".type must be https: the read API serves balances only over TLS");
    }
    List<String> protocols = https.getSupportedProtocols();
    if (protocols == null || protocols.isEmpty() || !PROTOCOLS.containsAll(protocols)) {
      throw new IllegalArgumentException(key + ".supportedProtocols must list only " + PROTOCOLS + ", was: " + protocols);
    }
    List<String> suites = https.getSupportedCipherSuites();
    if (suites == null || suites.isEmpty()) {
      throw new IllegalArgumentException(key + ".supportedCipherSuites must list the AEAD suites allowed"
          + " (the JVM's defaults include CBC suites)");
    }
    for (String suite : suites) {
      if (!AEAD_SUITE.matcher(suite).matches()) {
        throw new IllegalArgumentException(key + ".supportedCipherSuites: " + suite
            + " is not a forward-secret AEAD suite (ECDHE with AES-GCM or ChaCha20-Poly1305, or a TLS 1.3 suite)");
      }
    }
  }
}
