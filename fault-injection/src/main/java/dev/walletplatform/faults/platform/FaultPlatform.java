package dev.walletplatform.faults.platform;

import com.zaxxer.hikari.HikariDataSource;
import dev.walletplatform.infra.FreePorts;
import dev.walletplatform.infra.WorkDirs;
import dev.walletplatform.infra.kafka.KafkaCluster;
import dev.walletplatform.infra.kafka.KafkaClusterConfig;
import dev.walletplatform.infra.postgres.PostgresConfig;
import dev.walletplatform.infra.postgres.PostgresServer;
import dev.walletplatform.infra.tls.SelfSignedKeystore;
import dev.walletplatform.ledgerdb.config.DatabaseSettings;
import dev.walletplatform.ledgerdb.config.SqlDialect;
import dev.walletplatform.ledgerdb.migration.LedgerMigrations;
import dev.walletplatform.ledgerdb.pool.BoundedPool;
import dev.walletplatform.local.LocalCredentials;
import dev.walletplatform.local.PlatformServers;
import dev.walletplatform.local.PlatformTopics;
import dev.walletplatform.local.RepoLayout;
import dev.walletplatform.local.ServiceLaunches;
import dev.walletplatform.local.ServiceProcess;
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
 * The platform as the fault run needs it: a three-node KRaft cluster (replication 3, two in-sync
 * copies required), PostgreSQL, two gateways, two appliers in one consumer group and the wallet
 * service, each its own OS process that the nemesis can kill, pause and restart.
 */
public final class FaultPlatform implements AutoCloseable {
  public static final String DATABASE = "ledger";
  public static final int BROKERS = 3;

  /**
   * Short, so a paused applier loses its partitions within a fault window; production keeps 45 s.
   */
  public static final Duration APPLIER_SESSION_TIMEOUT = Duration.ofSeconds(10);

  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final int APPLIER_POOL = 4;

  private final List<AutoCloseable> started = new ArrayList<>();
  private final List<ServiceProcess> appliers = new ArrayList<>();
  private final List<ServiceProcess> gateways = new ArrayList<>();
  private final List<URI> gatewayUris = new ArrayList<>();
  private ServiceProcess walletService;
  private URI walletServiceUri;
  private KafkaCluster kafka;
  private PostgresServer postgres;
  private LocalSchemaRegistry registry;
  private SelfSignedKeystore keystore;
  private LocalCredentials credentials;
  private ServiceLaunches launches;
  private HikariDataSource observerPool;
  private int partitions;
  private Duration applierSessionTimeout;
  private List<String> serviceJvmOptions;

  private FaultPlatform() {}

  /**
   * @param partitions of the keyed topics; more than the appliers, so a rebalance moves some
   * @param applierSessionTimeout how long a silent (crashed, paused) applier keeps its partitions
   * @param serviceJvmOptions more options for every service's JVM (none: as the local runtime
   *     starts them)
   */
  public static FaultPlatform start(
      Path workDir,
      int partitions,
      int gatewayCount,
      int applierCount,
      Duration applierSessionTimeout,
      List<String> serviceJvmOptions) {
    FaultPlatform platform = new FaultPlatform();
    platform.applierSessionTimeout = applierSessionTimeout;
    platform.serviceJvmOptions = List.copyOf(serviceJvmOptions);
    try {
      platform.startAll(workDir.toAbsolutePath(), partitions, gatewayCount, applierCount);
      return platform;
    } catch (RuntimeException e) {
      platform.close();
      throw e;
    }
  }

  private void startAll(Path work, int partitionCount, int gatewayCount, int applierCount) {
    this.partitions = partitionCount;
    WorkDirs.delete(work);
    CompletableFuture<KafkaCluster> kafkaStart =
        CompletableFuture.supplyAsync(
            () ->
                new KafkaCluster(
                        KafkaClusterConfig.builder()
                            .nodes(BROKERS)
                            .workDir(work.resolve("kafka"))
                            .heapMb(512)
                            .build())
                    .start());
    postgres =
        new PostgresServer(PostgresConfig.defaults().withDataDir(work.resolve("postgres"))).start();
    started.add(postgres);
    postgres.createDatabase(DATABASE);
    // the schema every service reads through, while the brokers start: then no service waits for
    // another's migration, and they all start at once (each applier's own migration finds nothing
    // to do)
    try (HikariDataSource migrator =
        BoundedPool.open(ledgerConfig(), "fault-run-migration", false)) {
      LedgerMigrations.migrate(migrator, ledgerConfig());
    }
    kafka = kafkaStart.join();
    started.add(kafka);
    kafka.createTopics(PlatformTopics.all(partitionCount, BROKERS));
    registry = LocalSchemaRegistry.start(kafka.bootstrapServers(), 0);
    started.add(registry);
    keystore = SelfSignedKeystore.generate(work.resolve("tls"));
    // the client id the tokens carry; command ids derive from it
    credentials = LocalCredentials.generate("local-mobile", work.resolve("auth"));
    launches =
        new ServiceLaunches(
            new PlatformServers(
                kafka.bootstrapServers(),
                registry.uri(),
                postgres,
                DATABASE,
                keystore,
                credentials),
            RepoLayout.find(),
            work.resolve("logs"));

    // launches (and their ports) are made on this thread: ports found free concurrently could
    // collide
    List<ServiceProcess.Launch> applierLaunches = new ArrayList<>();
    for (int i = 1; i <= applierCount; i++) {
      applierLaunches.add(applierLaunch("applier-" + i));
    }
    List<ServiceProcess.Launch> gatewayLaunches = new ArrayList<>();
    for (int i = 1; i <= gatewayCount; i++) {
      List<Integer> ports = FreePorts.allocate(2);
      gatewayLaunches.add(tuned(launches.gateway("gateway-" + i, ports.get(0), ports.get(1))));
      gatewayUris.add(URI.create("https://localhost:" + ports.get(0)));
    }
    List<Integer> walletPorts = FreePorts.allocate(2);
    ServiceProcess.Launch walletLaunch =
        tuned(launches.walletService("wallet-service", walletPorts.get(0), walletPorts.get(1)));
    walletServiceUri = URI.create("https://localhost:" + walletPorts.get(0));

    // the schema is in place: every service at once
    List<CompletableFuture<ServiceProcess>> applierStarts =
        applierLaunches.stream().map(FaultPlatform::startAsync).toList();
    List<CompletableFuture<ServiceProcess>> gatewayStarts =
        gatewayLaunches.stream().map(FaultPlatform::startAsync).toList();
    CompletableFuture<ServiceProcess> wallet = startAsync(walletLaunch);
    applierStarts.forEach(f -> appliers.add(f.join()));
    gatewayStarts.forEach(f -> gateways.add(f.join()));
    walletService = wallet.join();
  }

  private static CompletableFuture<ServiceProcess> startAsync(ServiceProcess.Launch launch) {
    return CompletableFuture.supplyAsync(() -> ServiceProcess.start(launch, START_TIMEOUT));
  }

  private ServiceProcess.Launch applierLaunch(String name) {
    return tuned(
        launches
            .applier(name, FreePorts.allocate(), APPLIER_POOL)
            .withEnv(
                "APPLIER_SESSION_TIMEOUT_MS", String.valueOf(applierSessionTimeout.toMillis())));
  }

  private ServiceProcess.Launch tuned(ServiceProcess.Launch launch) {
    return launch.withJvmOptions(serviceJvmOptions);
  }

  /** Starts one more applier in the group (a rebalance); the caller stops it to rebalance back. */
  public ServiceProcess startExtraApplier(String name) {
    return ServiceProcess.start(applierLaunch(name), START_TIMEOUT);
  }

  public KafkaCluster kafka() {
    return kafka;
  }

  public PostgresServer postgres() {
    return postgres;
  }

  public List<ServiceProcess> appliers() {
    return List.copyOf(appliers);
  }

  public List<ServiceProcess> gateways() {
    return List.copyOf(gateways);
  }

  public List<URI> gatewayUris() {
    return List.copyOf(gatewayUris);
  }

  public ServiceProcess walletService() {
    return walletService;
  }

  public URI walletServiceUri() {
    return walletServiceUri;
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

  public int partitions() {
    return partitions;
  }

  /**
   * A small named pool for the checker, left out of connection counts like the local runtime's
   * observer.
   */
  public synchronized DataSource ledgerDataSource() {
    if (observerPool == null) {
      observerPool =
          BoundedPool.open(ledgerConfig(), ConnectionSampler.OBSERVER_APPLICATION_NAME, true);
      started.add(observerPool);
    }
    return observerPool;
  }

  private DatabaseSettings ledgerConfig() {
    return new DatabaseSettings(
        postgres.jdbcUrl(DATABASE),
        postgres.username(),
        postgres.password(),
        2,
        Duration.ofSeconds(30),
        SqlDialect.POSTGRESQL,
        Map.of());
  }

  /**
   * Services first, all at once (they drain and commit), then the servers in reverse start order.
   */
  @Override
  public void close() {
    List<ServiceProcess> services = new ArrayList<>(gateways);
    if (walletService != null) {
      services.add(walletService);
    }
    services.addAll(appliers);
    // a graceful stop takes seconds (Streams closes, offsets commit): one after the other, they
    // added up
    List<Thread> stops =
        services.stream()
            .map(
                service ->
                    Thread.ofVirtual()
                        .start(
                            () -> {
                              try {
                                service.close();
                              } catch (RuntimeException e) {
                                System.err.println("while stopping " + service + ": " + e);
                              }
                            }))
            .toList();
    for (Thread stop : stops) {
      try {
        stop.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
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
