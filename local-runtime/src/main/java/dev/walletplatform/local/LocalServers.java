package dev.walletplatform.local;

import com.zaxxer.hikari.HikariDataSource;
import dev.walletplatform.infra.WorkDirs;
import dev.walletplatform.infra.kafka.KafkaCluster;
import dev.walletplatform.infra.kafka.KafkaClusterConfig;
import dev.walletplatform.infra.postgres.PostgresConfig;
import dev.walletplatform.infra.postgres.PostgresServer;
import dev.walletplatform.infra.tls.SelfSignedKeystore;
import dev.walletplatform.ledgerdb.config.DatabaseSettings;
import dev.walletplatform.ledgerdb.config.SqlDialect;
import dev.walletplatform.ledgerdb.pool.BoundedPool;
import dev.walletplatform.local.observe.ConnectionSampler;
import dev.walletplatform.registry.local.LocalSchemaRegistry;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.sql.DataSource;

/**
 * The servers under the services, started the one way both the local runtime ({@link
 * RunningPlatform}) and the fault run start them: the brokers as child processes while PostgreSQL
 * starts and gets the ledger database, then the topics, the local schema registry, a self-signed
 * keystore and the local identity provider's credentials. The services themselves are the caller's:
 * it launches them with {@link #launches}.
 */
public final class LocalServers implements AutoCloseable {
  public static final String DATABASE = "ledger";

  /**
   * @param brokers KRaft nodes; also the topics' replication factor
   * @param brokerJvmOptions extra options for every broker's JVM
   * @param partitions of the keyed topics
   * @param registryPort the schema registry's port (0 = any free port)
   * @param databaseTimeout how long the observer pool waits for a connection
   */
  public record Shape(
      int brokers,
      int brokerHeapMb,
      List<String> brokerJvmOptions,
      int partitions,
      int registryPort,
      Duration databaseTimeout) {
    public Shape {
      brokerJvmOptions = List.copyOf(brokerJvmOptions);
    }
  }

  private final List<AutoCloseable> started = new ArrayList<>();
  private final Shape shape;
  private KafkaCluster kafka;
  private PostgresServer postgres;
  private LocalSchemaRegistry registry;
  private SelfSignedKeystore keystore;
  private LocalCredentials credentials;
  private HikariDataSource observerPool;

  private LocalServers(Shape shape) {
    this.shape = shape;
  }

  /**
   * Starts the servers in {@code work} (emptied first); on failure stops what had started.
   *
   * @param whileBrokersStart runs once the ledger database exists, while the brokers are still
   *     starting (only {@link #postgres} and {@link #ledgerSettings} may be used then)
   */
  public static LocalServers start(
      Path work, Shape shape, Consumer<LocalServers> whileBrokersStart) {
    LocalServers servers = new LocalServers(shape);
    try {
      servers.startAll(work, whileBrokersStart);
      return servers;
    } catch (RuntimeException e) {
      servers.close();
      throw e;
    }
  }

  private void startAll(Path work, Consumer<LocalServers> whileBrokersStart) {
    WorkDirs.delete(work);
    CompletableFuture<KafkaCluster> kafkaStart =
        CompletableFuture.supplyAsync(
            () ->
                new KafkaCluster(
                        KafkaClusterConfig.builder()
                            .nodes(shape.brokers())
                            .workDir(work.resolve("kafka"))
                            .heapMb(shape.brokerHeapMb())
                            .jvmOptions(shape.brokerJvmOptions())
                            .build())
                    .start());
    postgres =
        new PostgresServer(PostgresConfig.defaults().withDataDir(work.resolve("postgres"))).start();
    started.add(postgres);
    postgres.createDatabase(DATABASE);
    whileBrokersStart.accept(this);
    kafka = kafkaStart.join();
    started.add(kafka);
    kafka.createTopics(PlatformTopics.all(shape.partitions(), shape.brokers()));
    registry = LocalSchemaRegistry.start(kafka.bootstrapServers(), shape.registryPort());
    started.add(registry);
    keystore = SelfSignedKeystore.generate(work.resolve("tls"));
    // the client id the tokens carry; command ids derive from it
    credentials = LocalCredentials.generate("local-mobile", work.resolve("auth"));
  }

  /** How to launch each service against these servers, its log in {@code logDir}. */
  public ServiceLaunches launches(RepoLayout repo, Path logDir) {
    return new ServiceLaunches(
        new PlatformServers(
            kafka.bootstrapServers(), registry.uri(), postgres, DATABASE, keystore, credentials),
        repo,
        logDir);
  }

  /** Two connections to the ledger database, waiting up to the shape's database timeout. */
  public DatabaseSettings ledgerSettings() {
    return new DatabaseSettings(
        postgres.jdbcUrl(DATABASE),
        postgres.username(),
        postgres.password(),
        2,
        io.dropwizard.util.Duration.milliseconds(shape.databaseTimeout().toMillis()),
        SqlDialect.POSTGRESQL,
        Map.of());
  }

  /**
   * A small pool for audits, checks and tests, opened once and named so the connection sampler
   * leaves it out. A fresh connection per query would show up, while it is still starting, as a
   * nameless backend among the services' connections.
   */
  public synchronized DataSource ledgerDataSource() {
    if (observerPool == null) {
      observerPool =
          BoundedPool.open(ledgerSettings(), ConnectionSampler.OBSERVER_APPLICATION_NAME, true);
      started.add(observerPool);
    }
    return observerPool;
  }

  public KafkaCluster kafka() {
    return kafka;
  }

  public PostgresServer postgres() {
    return postgres;
  }

  public URI schemaRegistryUri() {
    return registry.uri();
  }

  public SSLContext clientTls() {
    return keystore.clientSslContext();
  }

  public LocalCredentials credentials() {
    return credentials;
  }

  /** Stops the servers in reverse start order; stop the services first (they drain and commit). */
  @Override
  public void close() {
    for (int i = started.size() - 1; i >= 0; i--) {
      try {
        started.get(i).close();
      } catch (Exception e) {
        System.err.println("while stopping " + started.get(i) + ": " + e);
      }
    }
  }
}
