package dev.walletplatform.processors.it;

import dev.walletplatform.fixtures.config.LocalServiceConfig;
import dev.walletplatform.infra.FreePorts;
import dev.walletplatform.testsupport.TestDatabase;
import java.net.URI;
import java.nio.file.Path;

/**
 * The committed {@code config/local.yml} a test starts the application with, filled in as the local
 * runtime fills it: the embedded servers, free admin and status ports, a state directory of the
 * instance's own, the {@link ItKeys} on both ports; the applier and the topologies each on or off.
 * Beyond the file's variables only what a test wants: faster polls and group timeouts, one replica
 * per topic (one broker), and a key on the status port that lacks status:read.
 */
final class ApplierYaml {
  private final Path dir;
  private final LocalServiceConfig config;
  private final int adminPort;
  private final int statusPort;

  ApplierYaml(Path dir, String bootstrapServers, URI registry, TestDatabase database) {
    this.dir = dir;
    this.adminPort = FreePorts.allocate();
    this.statusPort = FreePorts.allocate();
    this.config =
        LocalServiceConfig.of("stream-processors")
            .env("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers)
            .env("SCHEMA_REGISTRY_URL", registry)
            .env("LEDGER_DB_URL", database.jdbcUrl())
            .env("LEDGER_DB_USER", database.username())
            .env("LEDGER_DB_PASSWORD", database.password() == null ? "" : database.password())
            .env("STATUS_VIEW_PORT", statusPort)
            .env("STREAMS_APPLICATION_SERVER", "localhost:" + statusPort)
            .env("STREAMS_STANDBY_REPLICAS", 0)
            .env("STREAMS_REPLICATION_FACTOR", 1)
            .env("APPLIER_SESSION_TIMEOUT_MS", 10_000)
            .env("STATUS_VIEW_KEY_SHA256", ItKeys.hash(ItKeys.STATUS))
            .env("STATUS_VIEW_API_KEY", ItKeys.STATUS)
            .env("ADMIN_METRICS_KEY_SHA256", ItKeys.hash(ItKeys.METRICS))
            .env("ADMIN_OPERATOR_KEY_SHA256", ItKeys.hash(ItKeys.OPERATOR))
            .override("kafka.pollTimeout", "200ms")
            .override("kafka.properties.heartbeat\\.interval\\.ms", "'1000'")
            .override("applier.maxBackoff", "2s")
            .override(
                "statusView.callers[1]",
                "{name: unscoped, sha256: '"
                    + ItKeys.hash(ItKeys.STATUS_WITHOUT_SCOPE)
                    + "', scopes: ['metrics:read']}");
    batches(500, 1);
  }

  /** The applier and the topologies together, as the local runtime runs them. */
  static Path write(
      Path dir,
      String bootstrapServers,
      URI registry,
      TestDatabase database,
      int adminPort,
      int maxPollRecords,
      int consumerThreads) {
    return new ApplierYaml(dir, bootstrapServers, registry, database)
        .batches(maxPollRecords, consumerThreads)
        .write(adminPort);
  }

  ApplierYaml batches(int maxPollRecords, int consumerThreads) {
    config
        .override("kafka.maxPollRecords", String.valueOf(maxPollRecords))
        .env("APPLIER_CONSUMER_THREADS", consumerThreads);
    return this;
  }

  ApplierYaml applierOnly() {
    config.env("STREAMS_ENABLED", false);
    return this;
  }

  ApplierYaml streamsOnly() {
    config.env("APPLIER_ENABLED", false);
    return this;
  }

  /** Replaces the {@code screening:} block with {@code block} (its body, YAML). */
  ApplierYaml screening(String block) {
    config.override("screening", block);
    return this;
  }

  /**
   * As deployed: {@code standbyReplicas} per task; and a Streams application id of the test's own.
   */
  ApplierYaml streamsApplication(String applicationId, int standbyReplicas) {
    config
        .override("streams.applicationId", applicationId)
        .env("STREAMS_STANDBY_REPLICAS", standbyReplicas);
    return this;
  }

  int statusPort() {
    return statusPort;
  }

  int adminPort() {
    return adminPort;
  }

  Path write() {
    return write(adminPort);
  }

  private Path write(int admin) {
    return config
        .env("APPLIER_ADMIN_PORT", admin)
        .env("STREAMS_STATE_DIR", dir.resolve("streams-state-" + admin))
        .writeTo(dir.resolve("stream-processors-" + admin + ".yml"));
  }
}
