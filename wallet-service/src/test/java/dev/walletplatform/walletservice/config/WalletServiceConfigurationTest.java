package dev.walletplatform.walletservice.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletplatform.domain.money.Asset;
import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.ConfigurationFactory;
import io.dropwizard.configuration.DefaultConfigurationFactoryFactory;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.jetty.HttpsConnectorFactory;
import io.dropwizard.jersey.validation.Validators;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.commons.text.StringSubstitutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalletServiceConfigurationTest {
  private static final String HASH = "a".repeat(64);
  private static final Map<String, String> ENV =
      Map.of(
          "WALLET_SERVICE_KEYSTORE_PATH", "/tmp/keystore.p12",
          "WALLET_SERVICE_KEYSTORE_PASSWORD", "keystore-secret",
          "WALLET_SERVICE_DB_PASSWORD", "db-secret",
          "WALLET_SERVICE_LOCAL_TOKEN_SHA256", HASH);

  @Test
  void bindsLocalYmlWithHttpsOn8444AndLoopbackAdminOn8082() throws Exception {
    WalletServiceConfiguration config = load("config/local.yml");

    DefaultServerFactory server = (DefaultServerFactory) config.getServerFactory();
    HttpsConnectorFactory https = (HttpsConnectorFactory) server.getApplicationConnectors().getFirst();
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
    assertThat(config.auth().clients()).extracting(ClientCredential::clientId).containsExactly("local-dev");
    assertThat(config.statusView().url()).hasToString("http://127.0.0.1:8093");
    assertThat(config.statusView().timeout()).isEqualTo(Duration.ofMillis(300));
  }

  @Test
  void neverPrintsSecrets() throws Exception {
    String printed = load("config/local.yml").toString();
    assertThat(printed).doesNotContain("db-secret", "keystore-secret", HASH).contains("local-dev");
  }

  @Test
  void defaultsAssetsPoolSizeAndReadTimeouts(@TempDir Path dir) throws Exception {
    WalletServiceConfiguration config = load(write(dir, minimal("")));
    assertThat(config.assetCatalog().all()).extracting(Asset::code).containsExactlyInAnyOrder("BTC", "ETH", "USDC");
    assertThat(config.database().poolSize()).isEqualTo(4);
    assertThat(config.reads().queryTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.reads().retryAfter()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void refusesATokenInsteadOfItsHashWithoutEchoingIt(@TempDir Path dir) {
    String yaml = minimal("").replace(HASH, "my-plain-token");
    assertThatThrownBy(() -> load(write(dir, yaml)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("tokenSha256 must be 64 hex digits")
        .hasMessageNotContaining("my-plain-token");
  }

  @Test
  void refusesAnEmptyAssetListAndMisspelledKeys(@TempDir Path dir) {
    assertThatThrownBy(() -> load(write(dir, minimal("assets: []\n"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("at least one asset");
    assertThatThrownBy(() -> load(write(dir, minimal("reads: {queryTimout: PT1S}\n"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("queryTimout");
  }

  @Test
  void refusesAMissingAuthSection(@TempDir Path dir) {
    String yaml = "database: {jdbcUrl: 'jdbc:postgresql://h/db', username: u}\n";
    assertThatThrownBy(() -> load(write(dir, yaml)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("auth is required");
  }

  private static String minimal(String extra) {
    return "database: {jdbcUrl: 'jdbc:postgresql://h/db', username: u}\n"
        + "auth: {clients: [{clientId: c1, tokenSha256: " + HASH + "}]}\n" + extra;
  }

  private static String write(Path dir, String yaml) throws Exception {
    Path file = dir.resolve("config.yml");
    Files.writeString(file, yaml);
    return file.toString();
  }

  private static WalletServiceConfiguration load(String path) throws Exception {
    // the factory the application uses: it makes unknown keys (typos) fail the start
    ConfigurationFactory<WalletServiceConfiguration> factory =
        new DefaultConfigurationFactoryFactory<WalletServiceConfiguration>()
            .create(WalletServiceConfiguration.class, Validators.newValidator(), Jackson.newObjectMapper(), "dw");
    StringSubstitutor env = new StringSubstitutor(ENV);
    env.setEnableUndefinedVariableException(true);
    return factory.build(new SubstitutingSourceProvider(new FileConfigurationSourceProvider(), env), path);
  }
}
