package dev.walletplatform.walletctl.it;

import static org.awaitility.Awaitility.await;

import dev.walletplatform.fixtures.config.LocalServiceConfig;
import dev.walletplatform.fixtures.ledger.LedgerInvariants;
import dev.walletplatform.fixtures.ledger.LedgerRows;
import dev.walletplatform.fixtures.traffic.WalletTraffic;
import dev.walletplatform.infra.FreePorts;
import dev.walletplatform.infra.kafka.KafkaCluster;
import dev.walletplatform.infra.kafka.TopicSpec;
import dev.walletplatform.processors.app.StreamProcessorsApplication;
import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import dev.walletplatform.testsupport.TestDatabase;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * The platform walletctl operates on: the topics, the real stream processors in this JVM — the
 * screening topologies always running, the ledger applier apart so it can be stopped to simulate a
 * faulty run — a producer and the ledger's tables, plus the environment an operator would export.
 */
final class Platform implements AutoCloseable {
  static final int PARTITIONS = 3;
  private static final Duration WAIT = Duration.ofSeconds(60);

  /**
   * Each record acknowledged before the call returns: the steps after it look for it on the topic.
   */
  WalletTraffic traffic;

  final LedgerRows ledger;
  final LedgerInvariants invariants;
  final SimulatedDatabaseBug databaseBug;
  private final KafkaCluster kafka;
  private final SchemaRegistryClient registry;
  private final URI registryUri;
  private final TestDatabase database;
  private final Path dir;
  private StreamProcessorsApplication applier;
  private StreamProcessorsApplication screening;

  private Platform(
      KafkaCluster kafka,
      SchemaRegistryClient registry,
      URI registryUri,
      TestDatabase database,
      Path dir) {
    this.kafka = kafka;
    this.registry = registry;
    this.registryUri = registryUri;
    this.database = database;
    this.dir = dir;
    this.traffic = WalletTraffic.oneByOne(kafka.bootstrapServers(), registry, "it");
    this.ledger = new LedgerRows(database.dataSource());
    this.invariants = LedgerInvariants.of(database.dataSource());
    this.databaseBug = new SimulatedDatabaseBug(database.dataSource());
  }

  static Platform start(
      KafkaCluster kafka,
      SchemaRegistryClient registry,
      URI registryUri,
      TestDatabase database,
      Path dir)
      throws Exception {
    kafka.createTopics(topics());
    Platform platform = new Platform(kafka, registry, registryUri, database, dir);
    platform.startApplier();
    platform.startScreening();
    return platform;
  }

  /** The platform's topics, as its deployment creates them. */
  private static List<TopicSpec> topics() {
    // retention off: the runbook's incident is dated in the past, and time retention would delete
    // it
    return Stream.of(
            TopicSpec.of(Topics.COMMANDS, PARTITIONS, 1),
            TopicSpec.of(Topics.SCREENED_COMMANDS, PARTITIONS, 1),
            TopicSpec.of(Topics.EVENTS, PARTITIONS, 1),
            TopicSpec.of(Topics.RESULTS, PARTITIONS, 1),
            TopicSpec.of(Topics.DEAD_LETTERS, 1, 1),
            TopicSpec.of(Topics.CAMPAIGN_BUDGETS, 1, 1).withConfig("cleanup.policy", "compact"))
        .map(t -> t.withConfig("retention.ms", "-1"))
        .toList();
  }

  /**
   * Stops the stream processors and the producer, deletes {@code names} and creates them again
   * empty, and starts everything again: for a test whose commands need these topics as a fresh
   * cluster has them — a runbook's dead-letter ids that start at 0-0, time lookups that need
   * timestamps in order. Consumer groups lose their committed offsets of a deleted topic with it.
   */
  void restartOnEmptyTopics(String... names) throws Exception {
    Set<String> recreated = Set.of(names);
    long began = System.nanoTime();
    stopApplier();
    stopScreening();
    traffic.close();
    try (Admin admin =
        Admin.create(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()))) {
      admin.deleteTopics(recreated).all().get();
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(100))
          .until(() -> Collections.disjoint(admin.listTopics().names().get(), recreated));
      kafka.createTopics(topics().stream().filter(t -> recreated.contains(t.name())).toList());
      Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
      admin
          .describeTopics(recreated)
          .allTopicNames()
          .get()
          .values()
          .forEach(
              topic ->
                  topic
                      .partitions()
                      .forEach(
                          p ->
                              ends.put(
                                  new TopicPartition(topic.name(), p.partition()),
                                  OffsetSpec.latest())));
      admin
          .listOffsets(ends)
          .all()
          .get()
          .forEach(
              (partition, end) -> {
                if (end.offset() != 0) {
                  throw new IllegalStateException(
                      partition + " was not created again empty: it ends at " + end.offset());
                }
              });
    }
    traffic = WalletTraffic.oneByOne(kafka.bootstrapServers(), registry, "it");
    startApplier();
    startScreening();
    System.out.printf(
        "%s emptied, stream processors restarted, in %d ms%n",
        recreated, (System.nanoTime() - began) / 1_000_000);
  }

  void startApplier() throws Exception {
    StreamProcessorsApplication started = new StreamProcessorsApplication();
    started.run("server", yaml(FreePorts.allocate(), true).toString());
    applier = started;
  }

  private void startScreening() throws Exception {
    StreamProcessorsApplication started = new StreamProcessorsApplication();
    started.run("server", yaml(FreePorts.allocate(), false).toString());
    screening = started;
  }

  private void stopScreening() throws Exception {
    if (screening != null) {
      screening.stop();
      screening = null;
    }
  }

  void startApplierIfStopped() throws Exception {
    if (applier == null) {
      startApplier();
    }
  }

  void stopApplier() throws Exception {
    if (applier != null) {
      applier.stop();
      applier = null;
    }
  }

  /** Waits until the ledger decided every one of {@code ids}. */
  void awaitDecided(Collection<UUID> ids) {
    await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> ledger.statusOf(ids).keySet().containsAll(ids));
  }

  void awaitDecided(UUID... ids) {
    awaitDecided(List.of(ids));
  }

  String bootstrapServers() {
    return kafka.bootstrapServers();
  }

  /** What the runbooks tell operators to export. */
  Map<String, String> environment() {
    Map<String, String> env = new HashMap<>();
    env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
    env.put("SCHEMA_REGISTRY_URL", registryUri.toString());
    env.put("LEDGER_DB_URL", database.jdbcUrl());
    env.put("LEDGER_DB_USER", database.username());
    env.put("LEDGER_DB_PASSWORD", database.password() == null ? "" : database.password());
    env.put("WALLETCTL_OPERATOR", "jane.doe");
    return env;
  }

  CliRun walletctl(String... args) {
    return CliRun.of(environment(), List.of(args));
  }

  CliRun walletctl(List<String> args) {
    return CliRun.of(environment(), args);
  }

  /**
   * The stream processors' committed config/local.yml with this platform's servers, free ports and
   * a state directory of the instance's own: the applier alone ({@code applier}), or the Kafka
   * Streams topologies alone. Beyond the file's variables, quicker polls and group timeouts and a
   * pool of 2.
   */
  private Path yaml(int adminPort, boolean applier) {
    int statusPort = FreePorts.allocate();
    return LocalServiceConfig.of("stream-processors")
        .env("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers())
        .env("SCHEMA_REGISTRY_URL", registryUri)
        .env("LEDGER_DB_URL", database.jdbcUrl())
        .env("LEDGER_DB_USER", database.username())
        .env("LEDGER_DB_PASSWORD", database.password() == null ? "" : database.password())
        .env("LEDGER_DB_POOL_SIZE", 2)
        .env("APPLIER_ADMIN_PORT", adminPort)
        .env("APPLIER_ENABLED", applier)
        .env("APPLIER_SESSION_TIMEOUT_MS", 10_000)
        .env("STREAMS_ENABLED", !applier)
        .env("STATUS_VIEW_PORT", statusPort)
        .env("STREAMS_APPLICATION_SERVER", "localhost:" + statusPort)
        .env("STREAMS_STATE_DIR", dir.resolve("streams-" + adminPort))
        .env("STREAMS_STANDBY_REPLICAS", 0)
        .env("STREAMS_REPLICATION_FACTOR", 1)
        .override("logging", "{level: WARN}")
        .override("kafka.maxPollRecords", "200")
        .override("kafka.pollTimeout", "100ms")
        .override("kafka.properties.heartbeat\\.interval\\.ms", "'1000'")
        .override("applier.maxBackoff", "1s")
        .writeTo(dir.resolve("applier-" + adminPort + ".yml"));
  }

  @Override
  public void close() {
    traffic.close();
    try {
      stopApplier();
      stopScreening();
    } catch (Exception e) {
      throw new IllegalStateException("stopping the stream processors failed", e);
    }
  }
}
