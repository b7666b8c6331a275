package dev.walletplatform.processors.it;

import dev.walletplatform.infra.FreePorts;
import dev.walletplatform.testsupport.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the YAML a test starts the application with: the embedded servers, free admin and status
 * ports, a state directory of the instance's own, the {@link ItKeys} on both ports; the applier and
 * the topologies each on or off.
 */
final class ApplierYaml {
  private final Path dir;
  private final String bootstrapServers;
  private final URI registry;
  private final TestDatabase database;
  private int maxPollRecords = 500;
  private int consumerThreads = 1;
  private boolean applier = true;
  private boolean streams = true;
  private String screening = "";
  private final int adminPort;
  private final int statusPort;

  ApplierYaml(Path dir, String bootstrapServers, URI registry, TestDatabase database) {
    this.dir = dir;
    this.bootstrapServers = bootstrapServers;
    this.registry = registry;
    this.database = database;
    this.adminPort = FreePorts.allocate();
    this.statusPort = FreePorts.allocate();
  }

  /** The applier and the topologies together, as the local runtime runs them. */
  static Path write(
      Path dir,
      String bootstrapServers,
      URI registry,
      TestDatabase database,
      int adminPort,
      int maxPollRecords,
      int consumerThreads)
      throws IOException {
    return new ApplierYaml(dir, bootstrapServers, registry, database)
        .batches(maxPollRecords, consumerThreads)
        .write(adminPort);
  }

  ApplierYaml batches(int maxPollRecords, int consumerThreads) {
    this.maxPollRecords = maxPollRecords;
    this.consumerThreads = consumerThreads;
    return this;
  }

  ApplierYaml applierOnly() {
    this.streams = false;
    return this;
  }

  ApplierYaml streamsOnly() {
    this.applier = false;
    return this;
  }

  /** A {@code screening:} block body, indented by two spaces. */
  ApplierYaml screening(String block) {
    this.screening = "screening:\n" + block.indent(2);
    return this;
  }

  int statusPort() {
    return statusPort;
  }

  int adminPort() {
    return adminPort;
  }

  Path write() throws IOException {
    return write(adminPort);
  }

  private Path write(int admin) throws IOException {
    String yaml =
        """
        server:
          type: default
          applicationConnectors:
            - type: http
              bindHost: 127.0.0.1
              port: %d
          adminConnectors:
            - type: http
              port: %d
        logging:
          level: INFO
          loggers:
            org.apache.kafka: WARN
        kafka:
          bootstrapServers: "%s"
          maxPollRecords: %d
          consumerThreads: %d
          pollTimeout: PT0.2S
          properties:
            session.timeout.ms: "10000"
            heartbeat.interval.ms: "1000"
        schemaRegistry:
          url: "%s"
        database:
          jdbcUrl: "%s"
          username: "%s"
          password: "%s"
          poolSize: 4
        applier:
          enabled: %s
          maxBackoff: PT2S
        streams:
          enabled: %s
          applicationServer: "localhost:%d"
          stateDir: "%s"
          standbyReplicas: 0
          replicationFactor: 1
        statusView:
          callers:
            - {name: status-view, sha256: "%s", scopes: [status:read]}
            - {name: unscoped, sha256: "%s", scopes: [metrics:read]}
          peerApiKey: "%s"
        adminAccess:
          apiKeys:
            - {name: prometheus, sha256: "%s", scopes: [metrics:read]}
            - {name: operator, sha256: "%s", scopes: [admin]}
        %s"""
            .formatted(
                statusPort,
                admin,
                bootstrapServers,
                maxPollRecords,
                consumerThreads,
                registry,
                database.jdbcUrl(),
                database.username(),
                database.password() == null ? "" : database.password(),
                applier,
                streams,
                statusPort,
                dir.resolve("streams-state-" + admin),
                ItKeys.hash(ItKeys.STATUS),
                ItKeys.hash(ItKeys.STATUS_WITHOUT_SCOPE),
                ItKeys.STATUS,
                ItKeys.hash(ItKeys.METRICS),
                ItKeys.hash(ItKeys.OPERATOR),
                screening);
    Files.createDirectories(dir);
    Path file = dir.resolve("stream-processors-" + admin + ".yml");
    Files.writeString(file, yaml);
    return file;
  }
}
