package dev.walletplatform.walletservice;

import java.util.Locale;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The ports a started server listens on. Dropwizard names its connectors "application" and
 * "admin"; the HTTPS one is the application connector speaking "ssl".
 *
 * @param https the application connector's TLS port (the read API)
 * @param admin the admin connector's port (/live, /ready, /metrics)
 */
public record BoundPorts(int https, int admin) {
  static BoundPorts of(Server server) {
    int https = -1;
    int admin = -1;
    for (Connector connector : server.getConnectors()) {
      if (connector instanceof ServerConnector bound) {
        boolean tls = bound.getProtocols().stream().anyMatch(p -> p.toLowerCase(Locale.ROOT).equals("ssl"));
        if ("application".equals(bound.getName()) && tls && https < 0) {
          https = bound.getLocalPort();
        } else if ("admin".equals(bound.getName()) && admin < 0) {
          admin = bound.getLocalPort();
        }
      }
    }
    if (https < 0) {
      throw new IllegalStateException("no HTTPS application connector; server.applicationConnectors needs type: https");
    }
    return new BoundPorts(https, admin);
  }
}
