package dev.walletplatform.faults.platform;

import com.zaxxer.hikari.HikariDataSource;
import dev.walletplatform.infra.FreePorts;
import dev.walletplatform.infra.kafka.KafkaCluster;
import dev.walletplatform.infra.kafka.KafkaClusterConfig;
import dev.walletplatform.infra.postgres.PostgresServer;
import dev.walletplatform.ledgerdb.migration.LedgerMigrations;
import dev.walletplatform.ledgerdb.pool.BoundedPool;
import dev.walletplatform.local.LocalCredentials;
import dev.walletplatform.local.LocalServers;
import dev.walletplatform.local.RepoLayout;
import dev.walletplatform.local.ServiceLaunches;
import dev.walletplatform.local.ServiceProcess;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLContext;
import javax.sql.DataSource;

/**
 * The platform as the fault run needs it: a three-node KRaft cluster (replication 3, two in-sync
 * copies required), PostgreSQL, two gateways, two appliers in one consumer group and the wallet
 * service, each its own OS process that the nemesis can kill, pause and restart.
 */
public final class FaultPlatform implements AutoCloseable {
  public static final String DATABASE = LocalServers.DATABASE;
  public static final int BROKERS = 3;

  /**
   * Short, so a paused applier loses its partitions within a fault window; production keeps 45 s.
   */
  public static final Duration APPLIER_SESSION_TIMEOUT = Duration.ofSeconds(10);

  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final int APPLIER_POOL = 4;
  // the checker's and the migration's wait for a connection: the database may be slow mid-fault
  private static final Duration DATABASE_TIMEOUT = Duration.ofSeconds(30);

  private final List<ServiceProcess> appliers = new ArrayList<>();
  private final List<ServiceProcess> gateways = new ArrayList<>();
  private final List<URI> gatewayUris = new ArrayList<>();
  private ServiceProcess walletService;
  private URI walletServiceUri;
  private LocalServers servers;
  private ServiceLaunches launches;
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
    servers =
        LocalServers.start(
            work,
            new LocalServers.Shape(
                BROKERS,
                512,
                KafkaClusterConfig.FAST_START_JVM_OPTIONS,
                partitionCount,
                0,
                DATABASE_TIMEOUT),
            FaultPlatform::migrate);
    launches = servers.launches(RepoLayout.find(), work.resolve("logs"));

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

  /**
   * The schema every service reads through, while the brokers start: then no service waits for
   * another's migration, and they all start at once (each applier's own migration finds nothing to
   * do).
   */
  private static void migrate(LocalServers servers) {
    try (HikariDataSource migrator =
        BoundedPool.open(servers.ledgerSettings(), "fault-run-migration", false)) {
      LedgerMigrations.migrate(migrator, servers.ledgerSettings());
    }
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
    return servers.kafka();
  }

  public PostgresServer postgres() {
    return servers.postgres();
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
    return servers.schemaRegistryUri();
  }

  public SSLContext clientTls() {
    return servers.clientTls();
  }

  public LocalCredentials credentials() {
    return servers.credentials();
  }

  public int partitions() {
    return partitions;
  }

  /**
   * A small named pool for the checker, left out of connection counts like the local runtime's
   * observer.
   */
  public DataSource ledgerDataSource() {
    return servers.ledgerDataSource();
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
    if (servers != null) {
      servers.close();
    }
  }
}
