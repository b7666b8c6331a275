package dev.walletplatform.processors.app;

import dev.walletplatform.processors.config.StreamsSettings.HostAndPort;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jetty.ConnectorFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import java.util.List;
import java.util.Optional;

/**
 * The status view's internal port is Dropwizard's application connector; {@code
 * streams.applicationServer} tells the other instances where it is. A mismatch would send every
 * forwarded query to a closed port, so it fails the start instead, naming both keys.
 */
final class StatusPort {
  private StatusPort() {}

  static void check(StreamProcessorsConfiguration config) {
    Optional<HostAndPort> advertised = config.streams().applicationServer();
    if (advertised.isEmpty()
        || !(config.getServerFactory() instanceof DefaultServerFactory server)) {
      return;
    }
    List<ConnectorFactory> connectors = server.getApplicationConnectors();
    if (connectors.isEmpty()) {
      throw new IllegalArgumentException(
          "streams.applicationServer is "
              + advertised.get()
              + " but server.applicationConnectors is empty: nothing would answer the other instances' queries");
    }
    if (connectors.getFirst() instanceof HttpConnectorFactory http
        && http.getPort() != 0
        && http.getPort() != advertised.get().port()) {
      throw new IllegalArgumentException(
          "streams.applicationServer port "
              + advertised.get().port()
              + " differs from server.applicationConnectors[0].port "
              + http.getPort());
    }
  }
}
