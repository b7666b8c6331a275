package dev.walletplatform.processors.it;

import dev.walletplatform.testsupport.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the YAML a test starts the application with: the embedded servers, a free admin port. */
final class ApplierYaml {
  private ApplierYaml() {}

  static Path write(Path dir, String bootstrapServers, URI registry, TestDatabase database, int adminPort,
      int maxPollRecords, int consumerThreads) throws IOException {
    String yaml = """
        server:
          type: default
          applicationConnectors: []
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
          maxBackoff: PT2S
        """.formatted(adminPort, bootstrapServers, maxPollRecords, consumerThreads, registry, database.jdbcUrl(),
        database.username(), database.password() == null ? "" : database.password());
    Files.createDirectories(dir);
    Path file = dir.resolve("stream-processors-" + adminPort + ".yml");
    Files.writeString(file, yaml);
    return file;
  }
}
