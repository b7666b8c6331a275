package dev.walletplatform.bench.baseline;

import dev.walletplatform.bench.BenchException;
import dev.walletplatform.infra.FreePorts;
import dev.walletplatform.infra.postgres.PostgresServer;
import dev.walletplatform.infra.tls.SelfSignedKeystore;
import dev.walletplatform.local.ServiceProcess;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;

/**
 * Starts {@link BaselineServerApplication} as a child JVM with the gateway's heap and JVM options,
 * its own self-signed keystore, and the ledger database of the running platform.
 */
public final class BaselineServer implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final ServiceProcess process;
  private final SelfSignedKeystore keystore;
  private final URI uri;

  private BaselineServer(ServiceProcess process, SelfSignedKeystore keystore, URI uri) {
    this.process = process;
    this.keystore = keystore;
    this.uri = uri;
  }

  public static BaselineServer start(Path workDir, PostgresServer postgres, String database) {
    Path dir = workDir.resolve("baseline-http");
    SelfSignedKeystore keystore = SelfSignedKeystore.generate(dir.resolve("tls"));
    Path config = dir.resolve("baseline.yml");
    try (InputStream template = BaselineServer.class.getResourceAsStream("/bench/baseline.yml")) {
      if (template == null) {
        throw new BenchException("bench/baseline.yml is missing from the classpath");
      }
      Files.createDirectories(dir);
      Files.write(config, template.readAllBytes());
    } catch (IOException e) {
      throw new BenchException("cannot write the baseline server's config to " + config, e);
    }
    List<Integer> ports = FreePorts.allocate(2);
    Map<String, String> env =
        Map.of(
            "BASELINE_HTTPS_PORT", String.valueOf(ports.get(0)),
            "BASELINE_ADMIN_PORT", String.valueOf(ports.get(1)),
            "BASELINE_KEYSTORE_PATH", keystore.path().toString(),
            "BASELINE_KEYSTORE_PASSWORD", keystore.password(),
            "BASELINE_DB_URL", postgres.jdbcUrl(database),
            "BASELINE_DB_USER", postgres.username(),
            "BASELINE_DB_PASSWORD", postgres.password());
    ServiceProcess process =
        ServiceProcess.start(
            new ServiceProcess.Launch(
                "baseline-http",
                BaselineServerApplication.class.getName(),
                config,
                ports.get(1),
                workDir.resolve("logs"),
                "768m",
                env),
            START_TIMEOUT);
    return new BaselineServer(process, keystore, URI.create("https://localhost:" + ports.get(0)));
  }

  public URI uri() {
    return uri;
  }

  public URI adminUri() {
    return process.adminUri();
  }

  public SSLContext clientTls() {
    return keystore.clientSslContext();
  }

  public Duration startedIn() {
    return process.startedIn();
  }

  /** Stops the server and whatever work it still had queued (idempotent). */
  public void stop() {
    process.close();
  }

  @Override
  public void close() {
    stop();
  }
}
