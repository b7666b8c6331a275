package dev.walletplatform.walletservice.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletplatform.domain.money.Asset;
import dev.walletplatform.kit.auth.apikey.ConfiguredApiKey;
import dev.walletplatform.kit.auth.jwt.JwtSettings;
import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.ConfigurationFactory;
import io.dropwizard.configuration.DefaultConfigurationFactoryFactory;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.jetty.HttpsConnectorFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.text.StringSubstitutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalletServiceConfigurationTest {
  private static final String HASH = "a".repeat(64);
  private static final String STATUS_KEY = "status-view-secret-key";
  private static final Map<String, String> ENV =
      Map.of(
          "WALLET_SERVICE_KEYSTORE_PATH", "/tmp/keystore.p12",
          "WALLET_SERVICE_KEYSTORE_PASSWORD", "keystore-secret",
          "WALLET_SERVICE_DB_PASSWORD", "db-secret",
          "AUTH_JWKS_URI", "file:/tmp/local/jwks.json",
          "ADMIN_METRICS_KEY_SHA256", HASH,
          "STATUS_VIEW_API_KEY", STATUS_KEY);

  @Test
  void bindsLocalYmlWithHttpsOn8444AndLoopbackAdminOn8082() throws Exception {
    WalletServiceConfiguration config = load("config/local.yml");

    DefaultServerFactory server = (DefaultServerFactory) config.getServerFactory();
    HttpsConnectorFactory https =
        (HttpsConnectorFactory) server.getApplicationConnectors().getFirst();
    HttpConnectorFactory admin = (HttpConnectorFactory) server.getAdminConnectors().getFirst();
    assertThat(https.getPort()).isEqualTo(8444);
    assertThat(https.getKeyStorePath()).isEqualTo("/tmp/keystore.p12");
    assertThat(https.getKeyStoreType()).isEqualTo("PKCS12");
    assertThat(admin).isNotInstanceOf(HttpsConnectorFactory.class);
    assertThat(admin.getBindHost()).isEqualTo("127.0.0.1");
    assertThat(admin.getPort()).isEqualTo(8082);
    assertThat(server.isEnableVirtualThreads()).isTrue();
    assertThat(config.database().poolSize()).isEqualTo(4);
    assertThat(config.assetCatalog().find("ETH")).contains(new Asset("ETH", 18));
    assertThat(https.getSupportedProtocols()).containsExactly("TLSv1.3", "TLSv1.2");
    assertThat(https.getSupportedCipherSuites())
        .isNotEmpty()
        .allMatch(suite -> suite.contains("_GCM_") || suite.contains("_CHACHA20_POLY1305_"));
    JwtSettings jwt = config.auth().jwt().toJwtSettings();
    assertThat(jwt.issuer()).isEqualTo("https://auth.wallet.local");
    assertThat(jwt.audience()).isEqualTo("wallet-api");
    assertThat(jwt.jwks()).hasToString("file:/tmp/local/jwks.json");
    assertThat(jwt.clockSkew()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.adminAccess().apiKeys())
        .extracting(ConfiguredApiKey::name)
        .containsExactly("prometheus", "operator");
    assertThat(config.adminAccess().ring().authenticate("anything")).isEmpty();
    assertThat(config.statusView().url()).hasToString("http://127.0.0.1:8093");
    assertThat(config.statusView().apiKey()).isEqualTo(STATUS_KEY);
    assertThat(config.statusView().timeout())
        .isEqualTo(io.dropwizard.util.Duration.milliseconds(300));
  }

  @Test
  void leavesKeysThisEnvironmentDoesNotIssueEmpty() throws Exception {
    WalletServiceConfiguration config =
        load(
            "config/local.yml",
            Map.of(
                "AUTH_JWKS_URI",
                "file:/tmp/jwks.json",
                "WALLET_SERVICE_KEYSTORE_PATH",
                "/tmp/keystore.p12",
                "WALLET_SERVICE_KEYSTORE_PASSWORD",
                "k"));
    assertThat(config.adminAccess().apiKeys()).allMatch(key -> key.credential().isEmpty());
    assertThat(config.statusView().apiKey()).isNull();
    assertThat(config.statusView().enabled()).as("no key: the database alone").isFalse();
  }

  @Test
  void requiresTheJwksLocation() {
    Map<String, String> env = new HashMap<>(ENV);
    env.remove("AUTH_JWKS_URI");
    assertThatThrownBy(() -> load("config/local.yml", env)).hasMessageContaining("AUTH_JWKS_URI");
  }

  @Test
  void neverPrintsSecrets() throws Exception {
    String printed = load("config/local.yml").toString();
    assertThat(printed)
        .doesNotContain("db-secret", "keystore-secret", HASH, STATUS_KEY)
        .contains("prometheus");
  }

  @Test
  void defaultsAssetsPoolSizeAndReadTimeouts(@TempDir Path dir) throws Exception {
    WalletServiceConfiguration config =
        load(
            write(
                dir,
                minimal(
                    "server: {applicationConnectors: [{type: https,"
                        + " keyStorePath: /k.p12, keyStorePassword: p, supportedProtocols: [TLSv1.3],"
                        + " supportedCipherSuites: [TLS_AES_128_GCM_SHA256]}]}\n")));
    assertThat(config.assetCatalog().all())
        .extracting(Asset::code)
        .containsExactlyInAnyOrder("BTC", "ETH", "USDC");
    assertThat(config.database().poolSize()).isEqualTo(4);
    assertThat(config.reads().queryTimeout()).isEqualTo(io.dropwizard.util.Duration.seconds(5));
    assertThat(config.reads().retryAfter()).isEqualTo(io.dropwizard.util.Duration.seconds(2));
  }

  @Test
  void readsDurationsInDropwizardNotationAndRefusesIsoOnes(@TempDir Path dir) throws Exception {
    WalletServiceConfiguration config =
        load(
            write(
                dir,
                minimal(
                    """
                    server: {applicationConnectors: [{type: https, keyStorePath: /k.p12,
                      keyStorePassword: p, supportedProtocols: [TLSv1.3],
                      supportedCipherSuites: [TLS_AES_128_GCM_SHA256]}]}
                    reads: {queryTimeout: 10s, retryAfter: 3s}
                    statusView: {timeout: 150ms, cooldown: 1m}
                    """)));
    assertThat(config.reads().queryTimeout().toJavaDuration()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.reads().retryAfter()).isEqualTo(io.dropwizard.util.Duration.seconds(3));
    assertThat(config.statusView().timeout())
        .isEqualTo(io.dropwizard.util.Duration.milliseconds(150));
    assertThat(config.statusView().cooldown()).isEqualTo(io.dropwizard.util.Duration.minutes(1));

    assertThatThrownBy(() -> load(write(dir, minimal("reads: {queryTimeout: PT5S}\n"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("reads.queryTimeout")
        .hasMessageContaining("Invalid duration: PT5S");
  }

  @Test
  void refusesAKeyInsteadOfItsHashAndABadJwtSection(@TempDir Path dir) {
    assertThatThrownBy(
            () ->
                load(
                    write(
                        dir,
                        minimal(
                            "adminAccess: {apiKeys: [{name: p, sha256: my-plain-key, scopes: [metrics:read]}]}\n"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("64 lowercase hex digits")
        .hasMessageNotContaining("my-plain-key");
    assertThatThrownBy(
            () ->
                load(
                    write(
                        dir,
                        minimal("").replace("file:/tmp/jwks.json", "http://idp.example/jwks"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("auth.jwt");
    assertThatThrownBy(() -> load(write(dir, minimal("").replace("jwks:", "clockSkew: 5m, jwks:"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("clockSkew");
  }

  @Test
  void refusesAStatusViewKeyThatCouldSplitAHeaderWithoutEchoingIt(@TempDir Path dir) {
    assertThatThrownBy(
            () ->
                load(
                    write(
                        dir, minimal("statusView: {url: 'http://v:8093', apiKey: 'short key'}\n"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("statusView.apiKey")
        .hasMessageNotContaining("short key");
  }

  @Test
  void refusesAPublicConnectorThatIsNotModernTls(@TempDir Path dir) {
    String https =
        "server: {applicationConnectors: [{type: https, keyStorePath: /k.p12, keyStorePassword: p, %s}]}\n";
    String aead =
        "supportedCipherSuites: [TLS_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256]";
    assertThatThrownBy(
            () -> load(write(dir, minimal("server: {applicationConnectors: [{type: http}]}\n"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("type must be https");
    assertThatThrownBy(
            () ->
                load(
                    write(
                        dir,
                        minimal(
                            https.formatted("supportedProtocols: [TLSv1.2, TLSv1.1], " + aead)))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("supportedProtocols");
    assertThatThrownBy(
            () -> load(write(dir, minimal(https.formatted("supportedProtocols: [TLSv1.2]")))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("supportedCipherSuites");
    assertThatThrownBy(
            () ->
                load(
                    write(
                        dir,
                        minimal(
                            https.formatted(
                                "supportedProtocols: [TLSv1.2], supportedCipherSuites: [TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256]")))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256");
    assertThatThrownBy(() -> load(write(dir, minimal("server: {type: simple}\n"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("server.type must be 'default'");
  }

  @Test
  void refusesAnEmptyAssetListAndMisspelledKeys(@TempDir Path dir) {
    assertThatThrownBy(() -> load(write(dir, minimal("assets: []\n"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("at least one asset");
    assertThatThrownBy(() -> load(write(dir, minimal("reads: {queryTimout: 1s}\n"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("queryTimout");
  }

  @Test
  void refusesAMissingAuthSection(@TempDir Path dir) {
    String yaml = "database: {jdbcUrl: 'jdbc:postgresql://h/db', username: u}\n";
    assertThatThrownBy(() -> load(write(dir, yaml)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("auth is required");
    assertThatThrownBy(() -> load(write(dir, yaml + "auth: {}\n")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("auth.jwt is required");
  }

  private static String minimal(String extra) {
    return "database: {jdbcUrl: 'jdbc:postgresql://h/db', username: u}\n"
        + "auth: {jwt: {issuer: 'https://idp.example', audience: wallet-api, jwks: 'file:/tmp/jwks.json'}}\n"
        + extra;
  }

  private static String write(Path dir, String yaml) throws Exception {
    Path file = dir.resolve("config.yml");
    Files.writeString(file, yaml);
    return file.toString();
  }

  private static WalletServiceConfiguration load(String path) throws Exception {
    return load(path, ENV);
  }

  private static WalletServiceConfiguration load(String path, Map<String, String> environment)
      throws Exception {
    // the factory the application uses: it makes unknown keys (typos) fail the start
    ConfigurationFactory<WalletServiceConfiguration> factory =
        new DefaultConfigurationFactoryFactory<WalletServiceConfiguration>()
            .create(
                WalletServiceConfiguration.class,
                Validators.newValidator(),
                Jackson.newObjectMapper(),
                "dw");
    StringSubstitutor env = new StringSubstitutor(environment);
    env.setEnableUndefinedVariableException(true);
    return factory.build(
        new SubstitutingSourceProvider(new FileConfigurationSourceProvider(), env), path);
  }
}
