package dev.walletplatform.local;

import com.zaxxer.hikari.HikariDataSource;
import dev.walletplatform.infra.FreePorts;
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
import javax.net.ssl.SSLContext;
import javax.sql.DataSource;

/**
 * The platform running on embedded defaults: a KRaft broker and PostgreSQL as child processes, the
 * local schema registry, and the applier, gateway and wallet service each in its own JVM with the
 * config file committed for it, configured through the environment as in production.
 */
public final class RunningPlatform implements AutoCloseable {
  public static final String DATABASE = "ledger";

  /**
   * What the applier's and the wallet service's pools may open together; the burst must stay under
   * it.
   */
  public static final int APPLIER_POOL = 4;

  public static final int WALLET_SERVICE_POOL = 4;
  private static final Duration SERVICE_START_TIMEOUT = Duration.ofSeconds(90);

  private final List<AutoCloseable> started = new ArrayList<>();
  private KafkaCluster kafka;
  private PostgresServer postgres;
  private LocalSchemaRegistry registry;
  private SelfSignedKeystore keystore;
  private LocalCredentials credentials;
  private URI gatewayUri;
  private URI walletServiceUri;
  private final List<ServiceProcess> services = new ArrayList<>();
  private HikariDataSource observerPool;

  private RunningPlatform() {}

  public static RunningPlatform start(PlatformOptions options) {
    RunningPlatform platform = new RunningPlatform();
    try {
      platform.startAll(options);
      return platform;
    } catch (RuntimeException e) {
      platform.close();
      throw e;
    }
  }

  private void startAll(PlatformOptions options) {
    Path work = options.workDir().toAbsolutePath();
    dev.walletplatform.infra.WorkDirs.delete(work);
    CompletableFuture<KafkaCluster> kafkaStart =
        CompletableFuture.supplyAsync(
            () ->
                new KafkaCluster(
                        KafkaClusterConfig.builder()
                            .nodes(1)
                            .workDir(work.resolve("kafka"))
                            .heapMb(768)
                            .jvmOptions(options.brokerJvm().options())
                            .build())
                    .start());
    postgres =
        new PostgresServer(PostgresConfig.defaults().withDataDir(work.resolve("postgres"))).start();
    started.add(postgres);
    postgres.createDatabase(DATABASE);
    kafka = kafkaStart.join();
    started.add(kafka);
    kafka.createTopics(PlatformTopics.all(options.partitions(), 1));
    registry = LocalSchemaRegistry.start(kafka.bootstrapServers(), options.registryPort());
    started.add(registry);
    keystore = SelfSignedKeystore.generate(work.resolve("tls"));
    credentials = LocalCredentials.generate("local-mobile", work.resolve("auth"));
    startServices(options, work, RepoLayout.find());
  }

  private void startServices(PlatformOptions options, Path work, RepoLayout repo) {
    ServiceLaunches launches =
        new ServiceLaunches(
            new PlatformServers(
                kafka.bootstrapServers(),
                registry.uri(),
                postgres,
                DATABASE,
                keystore,
                credentials),
            repo,
            work.resolve("logs"));
    List<Integer> admin = FreePorts.allocate(3);
    int gatewayPort = options.gatewayPort() == 0 ? FreePorts.allocate() : options.gatewayPort();
    int walletPort =
        options.walletServicePort() == 0 ? FreePorts.allocate() : options.walletServicePort();
    // the applier first: it runs the migrations the wallet service reads through
    services.add(
        ServiceProcess.start(
            launches.applier("ledger-applier", admin.get(0), APPLIER_POOL), SERVICE_START_TIMEOUT));
    CompletableFuture<ServiceProcess> gateway =
        CompletableFuture.supplyAsync(
            () ->
                ServiceProcess.start(
                    launches.gateway("ingest-gateway", gatewayPort, admin.get(1)),
                    SERVICE_START_TIMEOUT));
    CompletableFuture<ServiceProcess> wallet =
        CompletableFuture.supplyAsync(
            () ->
                ServiceProcess.start(
                    launches.walletService("wallet-service", walletPort, admin.get(2)),
                    SERVICE_START_TIMEOUT));
    try {
      services.add(gateway.join());
    } finally {
      services.add(wallet.join());
    }
    gatewayUri = URI.create("https://localhost:" + gatewayPort);
    walletServiceUri = URI.create("https://localhost:" + walletPort);
  }

  public KafkaCluster kafka() {
    return kafka;
  }

  public PostgresServer postgres() {
    return postgres;
  }

  /**
   * A small pool for audits and tests, opened once and named so the connection sampler leaves it
   * out. A fresh connection per query would show up, while it is still starting, as a nameless
   * backend among the services' connections.
   */
  public synchronized DataSource ledgerDataSource() {
    if (observerPool == null) {
      observerPool =
          BoundedPool.open(
              new DatabaseSettings(
                  postgres.jdbcUrl(DATABASE),
                  postgres.username(),
                  postgres.password(),
                  2,
                  Duration.ofSeconds(10),
                  SqlDialect.POSTGRESQL,
                  Map.of()),
              ConnectionSampler.OBSERVER_APPLICATION_NAME,
              true);
      started.add(observerPool);
    }
    return observerPool;
  }

  public URI schemaRegistryUri() {
    return registry.uri();
  }

  public URI gatewayUri() {
    return gatewayUri;
  }

  public URI walletServiceUri() {
    return walletServiceUri;
  }

  public SSLContext clientTls() {
    return keystore.clientSslContext();
  }

  public LocalCredentials credentials() {
    return credentials;
  }

  public List<ServiceProcess> services() {
    return List.copyOf(services);
  }

  public ServiceProcess service(String name) {
    return services.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no service " + name + " in " + services));
  }

  /** Stops the services first (they drain and commit), then the servers, in reverse start order. */
  @Override
  public void close() {
    for (int i = services.size() - 1; i >= 0; i--) {
      services.get(i).close();
    }
    for (int i = started.size() - 1; i >= 0; i--) {
      try {
        started.get(i).close();
      } catch (Exception e) {
        System.err.println("while stopping " + started.get(i) + ": " + e);
      }
    }
  }
}
