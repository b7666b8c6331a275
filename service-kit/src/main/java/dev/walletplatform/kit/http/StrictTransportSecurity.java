package dev.walletplatform.kit.http;

import java.time.Duration;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.SslConnectionFactory;

/**
 * HSTS on every response of the public (TLS) connectors: a client that once reached the API never
 * tries plain HTTP to it again for a year, subdomains included, so a network attacker cannot
 * downgrade it. Jetty's own request customizer adds the header to every request that reaches the
 * handlers — before any filter runs, so refusals carry it too; {@link JsonErrorHandler} adds it to
 * the errors Jetty answers itself. Only on TLS connections, as RFC 6797 requires.
 */
public final class StrictTransportSecurity {
  public static final Duration MAX_AGE = Duration.ofDays(365);
  public static final String VALUE = "max-age=" + MAX_AGE.toSeconds() + "; includeSubDomains";

  private StrictTransportSecurity() {}

  /**
   * Turns HSTS on in every TLS connector of {@code server}; call before the connectors start. The
   * connection factories may be wrapped (Dropwizard instruments them), hence the search among
   * beans.
   */
  public static void install(Server server) {
    int secured = 0;
    for (Connector connector : server.getConnectors()) {
      if (connector.getContainedBeans(SslConnectionFactory.class).isEmpty()) {
        continue; // the admin port: plain HTTP on the pod network, where HSTS means nothing
      }
      for (HttpConnectionFactory http : connector.getContainedBeans(HttpConnectionFactory.class)) {
        HttpConfiguration config = http.getHttpConfiguration();
        SecureRequestCustomizer customizer = config.getCustomizer(SecureRequestCustomizer.class);
        if (customizer == null) {
          customizer = new SecureRequestCustomizer();
          config.addCustomizer(customizer);
        }
        customizer.setStsMaxAge(MAX_AGE.toSeconds());
        customizer.setStsIncludeSubDomains(true);
        secured++;
      }
    }
    if (secured == 0) {
      throw new IllegalStateException(
          "no TLS connector serving HTTP/1.1 found to send HSTS on: " + server);
    }
  }
}
