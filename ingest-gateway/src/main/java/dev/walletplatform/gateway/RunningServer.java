package dev.walletplatform.gateway;

import io.dropwizard.lifecycle.ServerLifecycleListener;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Server;

/** Remembers the started Jetty server so an in-process host can read its ports and stop it. */
final class RunningServer implements ServerLifecycleListener {
  /** Dropwizard's default server factory names its connectors after their role. */
  private static final String APPLICATION = "application";
  private static final String ADMIN = "admin";

  private volatile Server server;

  @Override
  public void serverStarted(Server started) {
    this.server = started;
  }

  int applicationPort() {
    return port(APPLICATION);
  }

  int adminPort() {
    return port(ADMIN);
  }

  void stop() throws Exception {
    Server running = server;
    if (running != null) {
      running.stop();
    }
  }

  private int port(String connectorName) {
    Server running = server;
    if (running == null) {
      throw new IllegalStateException("the gateway is not started");
    }
    for (Connector connector : running.getConnectors()) {
      if (connector instanceof NetworkConnector network && connectorName.equals(connector.getName())) {
        return network.getLocalPort();
      }
    }
    // A "simple" server has one connector for both roles.
    return getLocalPort(running);
  }
}
