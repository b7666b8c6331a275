package dev.walletplatform.walletservice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.walletplatform.fixtures.config.LocalServiceConfig;
import dev.walletplatform.fixtures.tokens.LocalTokenIssuer;
import dev.walletplatform.infra.tls.SelfSignedKeystore;
import dev.walletplatform.kit.auth.apikey.ApiKeyRing;
import dev.walletplatform.testsupport.contract.OpenApiContract;
import dev.walletplatform.testsupport.contract.RecordedExchange;
import dev.walletplatform.walletservice.config.WalletServiceConfiguration;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The service started by {@link DropwizardAppExtension} from its committed config/local.yml (HTTPS
 * on a free port with a fresh self-signed keystore, tokens of a {@link LocalTokenIssuer} whose JWKS
 * file the service reads, the admin port's keys), and an HTTPS client that trusts exactly that
 * keystore. Tests start and stop it themselves because the database must exist first.
 */
public final class RunningWalletService implements AutoCloseable {
  public static final String ISSUER = "https://auth.wallet.test";
  public static final String AUDIENCE = "wallet-api";

  /** What {@link #get(String)}'s caller owns; "nobody" is a wallet the ledger does not have. */
  public static final List<String> OWNED = List.of("alice", "carol", "erin", "frank", "nobody");

  public static final String METRICS_KEY = "it-prometheus-key-0123456789";
  public static final String OPERATOR_KEY = "it-operator-key-0123456789";

  /** The client every token of {@link #tokenFor} and {@link #get(String)} names. */
  public static final String CLIENT_ID = "it-client";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The published document: every exchange on the HTTPS port is checked against it. */
  private static final OpenApiContract CONTRACT =
      OpenApiContract.of(WalletServiceApplication.class);

  private final DropwizardAppExtension<WalletServiceConfiguration> app;
  private final SelfSignedKeystore keystore;
  private final HttpClient client;
  private final LocalTokenIssuer tokens;
  private final String ownerToken;
  private final Duration requestTimeout;

  private RunningWalletService(
      DropwizardAppExtension<WalletServiceConfiguration> app,
      SelfSignedKeystore keystore,
      LocalTokenIssuer tokens,
      Duration requestTimeout) {
    this.app = app;
    this.keystore = keystore;
    this.client = httpsClient(keystore);
    this.tokens = tokens;
    this.ownerToken = tokens.issue("owner", CLIENT_ID, OWNED, Duration.ofHours(1));
    this.requestTimeout = requestTimeout;
  }

  /**
   * Starts the service against {@code jdbcUrl} with a pool of 2 and the given connection timeout.
   */
  public static RunningWalletService start(
      Path dir, String jdbcUrl, String username, String password, Duration connectionTimeout)
      throws Exception {
    return start(dir, jdbcUrl, username, password, connectionTimeout, null, null);
  }

  /**
   * As above, asking the live status view at {@code statusViewUrl} with {@code statusViewKey} first
   * (null: none).
   */
  public static RunningWalletService start(
      Path dir,
      String jdbcUrl,
      String username,
      String password,
      Duration connectionTimeout,
      URI statusViewUrl,
      String statusViewKey)
      throws Exception {
    SelfSignedKeystore keystore = SelfSignedKeystore.generate(dir);
    LocalTokenIssuer tokens = tokenIssuer(dir);
    LocalServiceConfig config =
        config(keystore, tokens, jdbcUrl, username, password, connectionTimeout);
    if (statusViewUrl != null) {
      config
          .env("WALLET_SERVICE_STATUS_VIEW_URL", statusViewUrl)
          .env("STATUS_VIEW_API_KEY", statusViewKey == null ? "" : statusViewKey)
          // generous: on a loaded machine a 200 ms timeout sends answers the view holds to the
          // database (StatusViewClientTest covers the timeout itself)
          .override("statusView.timeout", "2s")
          .override("statusView.cooldown", "1s");
    }
    DropwizardAppExtension<WalletServiceConfiguration> app =
        new DropwizardAppExtension<>(
            WalletServiceApplication.class,
            config.writeTo(dir.resolve("wallet-service-it.yml")).toString());
    app.before();
    return new RunningWalletService(app, keystore, tokens, connectionTimeout.plusSeconds(10));
  }

  /** A stand-in identity provider whose public keys go to {@code dir}/jwks.json. */
  public static LocalTokenIssuer tokenIssuer(Path dir) {
    return LocalTokenIssuer.create(ISSUER, AUDIENCE, dir.resolve("jwks.json"));
  }

  /**
   * The service's config as {@link #start} writes it, for a test that runs the application itself.
   */
  public static Path writeConfig(
      Path dir,
      SelfSignedKeystore keystore,
      LocalTokenIssuer tokens,
      String jdbcUrl,
      String username,
      String password,
      Duration connectionTimeout) {
    return config(keystore, tokens, jdbcUrl, username, password, connectionTimeout)
        .writeTo(dir.resolve("wallet-service-it.yml"));
  }

  /** An HTTPS client trusting exactly the keystore's certificate. */
  public static HttpClient httpsClient(SelfSignedKeystore keystore) {
    return HttpClient.newBuilder()
        .sslContext(keystore.clientSslContext())
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  /**
   * The committed config/local.yml with the variables the local runtime sets — HTTPS and admin on
   * free ports, the keystore, the database, the issuer's JWKS, the admin keys — and what only a
   * test wants: loopback only, a pool of 2, quiet logs, and a rotated key picked up within a second
   * rather than after the production 30 s.
   */
  private static LocalServiceConfig config(
      SelfSignedKeystore keystore,
      LocalTokenIssuer tokens,
      String jdbcUrl,
      String username,
      String password,
      Duration connectionTimeout) {
    return LocalServiceConfig.of("wallet-service")
        .env("WALLET_SERVICE_PORT", 0)
        .env("WALLET_SERVICE_ADMIN_PORT", 0)
        .env("WALLET_SERVICE_KEYSTORE_PATH", keystore.path())
        .env("WALLET_SERVICE_KEYSTORE_PASSWORD", keystore.password())
        .env("WALLET_SERVICE_DB_URL", jdbcUrl)
        .env("WALLET_SERVICE_DB_USER", username)
        .env("WALLET_SERVICE_DB_PASSWORD", password == null ? "" : password)
        .env("AUTH_JWT_ISSUER", tokens.issuer())
        .env("AUTH_JWT_AUDIENCE", tokens.audience())
        .env("AUTH_JWKS_URI", tokens.jwksUri())
        .env("ADMIN_METRICS_KEY_SHA256", ApiKeyRing.hashOf(METRICS_KEY))
        .env("ADMIN_OPERATOR_KEY_SHA256", ApiKeyRing.hashOf(OPERATOR_KEY))
        .override("server.applicationConnectors[0].bindHost", "127.0.0.1")
        .override("server.requestLog.appenders", "[]")
        .override("logging", "{level: WARN}")
        .override("database.poolSize", "2")
        .override(
            "database.connectionTimeout",
            connectionTimeout.toMillis() + "ms") // Dropwizard notation
        .override("auth.jwt.unknownKeyRefreshInterval", "1s");
  }

  public WalletServiceApplication application() {
    return (WalletServiceApplication) app.getApplication();
  }

  /** The server's keystore, for clients of their own (other TLS versions, raw handshakes). */
  public SelfSignedKeystore keystore() {
    return keystore;
  }

  /** The identity provider the service trusts: issue, rotate, or sign odd claims. */
  public LocalTokenIssuer tokens() {
    return tokens;
  }

  /** A valid token of a user owning {@code wallets}. */
  public String tokenFor(String... wallets) {
    return tokens.issue(
        "user-of-" + String.join("-", wallets),
        CLIENT_ID,
        List.of(wallets),
        Duration.ofMinutes(10));
  }

  /** GET over HTTPS as a user owning {@link #OWNED}. */
  public HttpResponse<String> get(String path) {
    return get(path, ownerToken);
  }

  /** GET over HTTPS with {@code token} as the bearer token. */
  public HttpResponse<String> get(String path, String token) {
    return send(request(path).header("Authorization", "Bearer " + token).GET().build());
  }

  /** A request on the HTTPS port, to add headers or another method to. */
  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(
            URI.create("https://localhost:" + application().ports().application() + path))
        .timeout(requestTimeout);
  }

  /** GET on the plain-HTTP admin port without credentials. */
  public HttpResponse<String> admin(String path) {
    return send(adminRequest(path).GET().build());
  }

  /** GET on the admin port with {@code Authorization: ApiKey <key>}. */
  public HttpResponse<String> admin(String path, String apiKey) {
    return send(adminRequest(path).header("Authorization", "ApiKey " + apiKey).GET().build());
  }

  /** A request on the admin port, to add headers or another method to. */
  public HttpRequest.Builder adminRequest(String path) {
    return HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + application().ports().admin() + path))
        .timeout(requestTimeout);
  }

  /**
   * Sends {@code request}; an exchange on the HTTPS port is checked against the service's OpenAPI
   * document (mobile clients are generated from it) and fails the test with the validator's report
   * if the document does not describe it. The admin port publishes no OpenAPI document.
   */
  public HttpResponse<String> send(HttpRequest request) {
    HttpResponse<String> response = sendOutsideTheContract(request);
    if (request.uri().getPort() == application().ports().application()) {
      CONTRACT.check(RecordedExchange.of(request, response));
    }
    return response;
  }

  /**
   * Sends {@code request} unchecked: only for requests that break HTTP on purpose (headers or a
   * request line over Jetty's limits), which no OpenAPI document can describe.
   */
  public HttpResponse<String> sendOutsideTheContract(HttpRequest request) {
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
      throw new AssertionError(
          "not JSON (status " + response.statusCode() + "): " + response.body(), e);
    }
  }

  @Override
  public void close() {
    app.after();
    client.close();
  }
}
