package dev.walletplatform.local;

import dev.walletplatform.infra.FreePorts;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * How each service is started against {@link PlatformServers}: its main class, its committed {@code
 * config/local.yml}, and the environment that points it at this run's servers — the same variables
 * Kubernetes sets in production. One place, so the local platform and the fault-injection platform
 * start the very same services.
 */
public final class ServiceLaunches {
  public static final String APPLIER_MAIN =
      "dev.walletplatform.processors.app.StreamProcessorsApplication";
  public static final String GATEWAY_MAIN = "dev.walletplatform.gateway.GatewayApplication";
  public static final String WALLET_SERVICE_MAIN =
      "dev.walletplatform.walletservice.WalletServiceApplication";

  private final PlatformServers servers;
  private final RepoLayout repo;
  private final Path logDir;

  /** The status-view ports of the appliers launched so far; the wallet service asks the first. */
  private final List<Integer> statusPorts = new CopyOnWriteArrayList<>();

  public ServiceLaunches(PlatformServers servers, RepoLayout repo, Path logDir) {
    this.servers = servers;
    this.repo = repo;
    this.logDir = logDir;
  }

  /**
   * A stream-processors process: the ledger applier with a fixed pool of {@code poolSize}
   * connections, and the Kafka Streams screening and status view with a status port of its own.
   */
  public ServiceProcess.Launch applier(String name, int adminPort, int poolSize) {
    Map<String, String> env = new LinkedHashMap<>(common(name));
    env.put("APPLIER_ADMIN_PORT", String.valueOf(adminPort));
    int statusPort = FreePorts.allocate();
    statusPorts.add(statusPort);
    env.put("STATUS_VIEW_PORT", String.valueOf(statusPort));
    env.put("STREAMS_APPLICATION_SERVER", "localhost:" + statusPort);
    // kept across a restart of this service, wiped with the run's work directory
    env.put("STREAMS_STATE_DIR", logDir.resolveSibling("streams-state").resolve(name).toString());
    env.put("LEDGER_DB_URL", servers.postgres().jdbcUrl(servers.database()));
    env.put("LEDGER_DB_USER", servers.postgres().username());
    env.put("LEDGER_DB_PASSWORD", servers.postgres().password());
    env.put("LEDGER_DB_POOL_SIZE", String.valueOf(poolSize));
    return new ServiceProcess.Launch(
        name, APPLIER_MAIN, repo.localConfig("stream-processors"), adminPort, logDir, "768m", env);
  }

  /** An ingest gateway serving HTTPS on {@code port} with this run's keystore and token keys. */
  public ServiceProcess.Launch gateway(String name, int port, int adminPort) {
    Map<String, String> env = new LinkedHashMap<>(common(name));
    env.put("GATEWAY_HTTPS_PORT", String.valueOf(port));
    env.put("GATEWAY_ADMIN_PORT", String.valueOf(adminPort));
    env.put("GATEWAY_KEYSTORE_PATH", servers.keystore().path().toString());
    env.put("GATEWAY_KEYSTORE_PASSWORD", servers.keystore().password());
    return new ServiceProcess.Launch(
        name, GATEWAY_MAIN, repo.localConfig("ingest-gateway"), adminPort, logDir, "768m", env);
  }

  /** A wallet service serving HTTPS on {@code port}, reading the ledger through its own pool. */
  public ServiceProcess.Launch walletService(String name, int port, int adminPort) {
    Map<String, String> env = new LinkedHashMap<>(common(name));
    env.put("WALLET_SERVICE_PORT", String.valueOf(port));
    env.put("WALLET_SERVICE_ADMIN_PORT", String.valueOf(adminPort));
    env.put("WALLET_SERVICE_KEYSTORE_PATH", servers.keystore().path().toString());
    env.put("WALLET_SERVICE_KEYSTORE_PASSWORD", servers.keystore().password());
    env.put("WALLET_SERVICE_DB_URL", servers.postgres().jdbcUrl(servers.database()));
    env.put("WALLET_SERVICE_DB_USER", servers.postgres().username());
    env.put("WALLET_SERVICE_DB_PASSWORD", servers.postgres().password());
    if (!statusPorts.isEmpty()) {
      env.put("WALLET_SERVICE_STATUS_VIEW_URL", "http://127.0.0.1:" + statusPorts.getFirst());
    }
    return new ServiceProcess.Launch(
        name,
        WALLET_SERVICE_MAIN,
        repo.localConfig("wallet-service"),
        adminPort,
        logDir,
        "512m",
        env);
  }

  /**
   * Kafka, the registry, and this run's token keys and API-key hashes (every service reads the same
   * names); and the file the service's spans go to, one JSON object a line, beside the logs: {@code
   * <work>/traces/<name>.jsonl}, where a command's trace can be read after the run (grep its
   * trace_id from a log line).
   */
  private Map<String, String> common(String name) {
    Map<String, String> env = new LinkedHashMap<>(servers.credentials().serviceEnvironment());
    env.put("KAFKA_BOOTSTRAP_SERVERS", servers.kafkaBootstrapServers());
    env.put("SCHEMA_REGISTRY_URL", servers.schemaRegistry().toString());
    env.put("TRACING_EXPORTER", "file");
    env.put("TRACING_FILE", logDir.resolveSibling("traces").resolve(name + ".jsonl").toString());
    return env;
  }
}
