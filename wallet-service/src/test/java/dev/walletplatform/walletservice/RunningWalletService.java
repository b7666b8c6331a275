package dev.walletplatform.walletservice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.walletplatform.infra.tls.SelfSignedKeystore;
import dev.walletplatform.walletservice.config.WalletServiceConfiguration;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * The service started by {@link DropwizardAppExtension} from a generated YAML (HTTPS on a free
 * port with a fresh self-signed keystore), and an HTTPS client that trusts exactly that keystore.
 * Tests start and stop it themselves because the database must exist first.
 */
public final class RunningWalletService implements AutoCloseable {
  public static final String TOKEN = "it-token-0123456789";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DropwizardAppExtension<WalletServiceConfiguration> app;
  private final HttpClient client;
  private final Duration requestTimeout;

  private RunningWalletService(DropwizardAppExtension<WalletServiceConfiguration> app, HttpClient client,
      Duration requestTimeout) {
    this.app = app;
    this.client = client;
    this.requestTimeout = requestTimeout;
  }

  /** Starts the service against {@code jdbcUrl} with a pool of 2 and the given connection timeout. */
  public static RunningWalletService start(Path dir, String jdbcUrl, String username, String password,
      Duration connectionTimeout) throws Exception {
    return start(dir, jdbcUrl, username, password, connectionTimeout, null);
  }

  /** As above, asking the live status view at {@code statusViewUrl} first (null: none). */
  public static RunningWalletService start(Path dir, String jdbcUrl, String username, String password,
      Duration connectionTimeout, URI statusViewUrl) throws Exception {
    SelfSignedKeystore keystore = SelfSignedKeystore.generate(dir);
    Path config = writeConfig(dir, keystore, jdbcUrl, username, password, connectionTimeout);
    if (statusViewUrl != null) {
      Files.writeString(config, Files.readString(config) + """
          statusView:
            url: "%s"
            timeout: PT0.2S
            cooldown: PT1S
          """.formatted(statusViewUrl));
    }
    DropwizardAppExtension<WalletServiceConfiguration> app =
        new DropwizardAppExtension<>(WalletServiceApplication.class, config.toString());
    app.before();
    return new RunningWalletService(app, httpsClient(keystore), connectionTimeout.plusSeconds(10));
  }

  /** The YAML a local runtime would generate: HTTPS and admin on free ports, the it-client token. */
  public static Path writeConfig(Path dir, SelfSignedKeystore keystore, String jdbcUrl, String username,
      String password, Duration connectionTimeout) throws IOException {
    Path config = dir.resolve("wallet-service-it.yml");
    Files.writeString(config, yaml(keystore, jdbcUrl, username, password, connectionTimeout));
    return config;
  }

  /** An HTTPS client trusting exactly the keystore's certificate. */
  public static HttpClient httpsClient(SelfSignedKeystore keystore) {
    return HttpClient.newBuilder()
        .sslContext(keystore.clientSslContext())
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  private static String yaml(SelfSignedKeystore keystore, String jdbcUrl, String username, String password,
      Duration connectionTimeout) {
    String tokenHash = HexFormat.of().formatHex(sha256(TOKEN));
    return """
        server:
          type: default
          enableVirtualThreads: true
          applicationConnectors:
            - type: https
              bindHost: 127.0.0.1
              port: 0
              keyStorePath: "%s"
              keyStorePassword: "%s"
              keyStoreType: PKCS12
              validateCerts: false
          adminConnectors:
            - type: http
              bindHost: 127.0.0.1
              port: 0
          requestLog:
            appenders: []
        database:
          jdbcUrl: "%s"
          username: "%s"
          password: "%s"
          poolSize: 2
          connectionTimeout: %s
        auth:
          clients:
            - clientId: it-client
              tokenSha256: %s
        reads:
          retryAfter: PT2S
        logging:
          level: WARN
        """
        .formatted(keystore.path(), keystore.password(), jdbcUrl, username, password, connectionTimeout, tokenHash);
  }

  public WalletServiceApplication application() {
    return (WalletServiceApplication) app.getApplication();
  }

  /** GET over HTTPS with the valid bearer token. */
  public HttpResponse<String> get(String path) {
    return send(request(path).header("Authorization", "Bearer " + TOKEN).GET().build());
  }

  /** A request on the HTTPS port, to add headers or another method to. */
  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("https://localhost:" + application().ports().https() + path))
        .timeout(requestTimeout);
  }

  /** GET on the plain-HTTP admin port. */
  public HttpResponse<String> admin(String path) {
    return send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + application().ports().admin() + path))
            .timeout(requestTimeout)
            .GET()
            .build());
  }

  public HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("request " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during " + request.uri(), e);
    }
  }

  public static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON (status " + response.statusCode() + "): " + response.body(), e);
    }
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK ships SHA-256", e);
    }
  }

  @Override
  public void close() {
    app.after();
    client.close();
  }
}
