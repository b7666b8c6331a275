package dev.walletplatform.local;

import dev.walletplatform.infra.FreePorts;
import dev.walletplatform.infra.kafka.KafkaCluster;
import dev.walletplatform.infra.postgres.PostgresServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLContext;
import javax.sql.DataSource;

/**
 * The platform running on embedded defaults: a KRaft broker and PostgreSQL as child processes, the
 * local schema registry, and the applier, gateway and wallet service each in its own JVM with the
 * config file committed for it, configured through the environment as in production.
 */
public final class RunningPlatform implements AutoCloseable {
  public static final String DATABASE = LocalServers.DATABASE;

  /**
   * What the applier's and the wallet service's pools may open together; the burst must stay under
   * it.
   */
  public static final int APPLIER_POOL = 4;

  public static final int WALLET_SERVICE_POOL = 4;
  private static final Duration SERVICE_START_TIMEOUT = Duration.ofSeconds(90);

  private final List<ServiceProcess> services = new ArrayList<>();
  private LocalServers servers;
  private URI gatewayUri;
  private URI walletServiceUri;

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
    servers =
        LocalServers.start(
            work,
            new LocalServers.Shape(
                1,
                768,
                options.brokerJvm().options(),
                options.partitions(),
                options.registryPort(),
                Duration.ofSeconds(10)),
            // the applier runs the migrations when it starts, before the other services
            ignored -> {});
    startServices(options, work, RepoLayout.find());
  }

  private void startServices(PlatformOptions options, Path work, RepoLayout repo) {
    ServiceLaunches launches = servers.launches(repo, work.resolve("logs"));
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
    return servers.kafka();
  }

  public PostgresServer postgres() {
    return servers.postgres();
  }

  /**
   * A small pool for audits and tests, opened once and named so the connection sampler leaves it
   * out.
   */
  public DataSource ledgerDataSource() {
    return servers.ledgerDataSource();
  }

  public URI schemaRegistryUri() {
    return servers.schemaRegistryUri();
  }

  public URI gatewayUri() {
    return gatewayUri;
  }

  public URI walletServiceUri() {
    return walletServiceUri;
  }

  public SSLContext clientTls() {
    return servers.clientTls();
  }

  public LocalCredentials credentials() {
    return servers.credentials();
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
    if (servers != null) {
      servers.close();
    }
  }
}
