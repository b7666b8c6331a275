package dev.walletplatform.kit;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The ports a started server listens on (useful with {@code port: 0}). Dropwizard's default server
 * names its connectors after their role, "application" and "admin".
 *
 * @param application the application connector's port (HTTPS on public services)
 * @param admin the admin connector's port (/live, /ready, /metrics)
 */
public record BoundPorts(int application, int admin) {
  static BoundPorts of(Server server) {
    int application = -1;
    int admin = -1;
    for (Connector connector : server.getConnectors()) {
      if (connector instanceof ServerConnector bound) {
        if ("application".equals(bound.getName()) && application < 0) {
          application = bound.getLocalPort();
        } else if ("admin".equals(bound.getName()) && admin < 0) {
          admin = bound.getLocalPort();
        }
      }
    }
    if (application < 0 || admin < 0) {
      throw new IllegalStateException(
          "expected an application and an admin connector, found " + server);
    }
    return new BoundPorts(application, admin);
  }
}
