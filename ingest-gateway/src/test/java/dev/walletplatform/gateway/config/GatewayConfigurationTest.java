package dev.walletplatform.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.text.StringSubstitutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayConfigurationTest {
  private static final String HTTPS =
      """
      server:
        applicationConnectors:
          - type: https
            port: 8443
            keyStorePath: /tmp/gateway.p12
            keyStorePassword: changeit
            supportedProtocols: [TLSv1.3, TLSv1.2]
            supportedCipherSuites: [TLS_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256]
        adminConnectors:
          - type: http
            port: 8081
      """;
  private static final String MINIMAL =
      HTTPS
          + """
      kafka:
        bootstrapServers: broker-1:9092
      schemaRegistry:
        url: http://registry:8081
      auth:
        jwt:
          issuer: https://auth.example
          audience: wallet-api
          jwks: https://auth.example/.well-known/jwks.json
      """;

  @TempDir Path dir;

  @Test
  void loadsTheLocalConfigurationWithSecretsFromTheEnvironment() throws Exception {
    GatewayConfiguration config =
        load(
            Path.of("config/local.yml"),
            Map.of(
                "GATEWAY_KEYSTORE_PATH",
                "/tmp/gateway.p12",
                "GATEWAY_KEYSTORE_PASSWORD",
                "s3cret",
                "AUTH_JWKS_URI",
                "file:/tmp/jwks.json",
                "ADMIN_METRICS_KEY_SHA256",
                "ab".repeat(32)));

    DefaultServerFactory server = (DefaultServerFactory) config.getServerFactory();
    HttpsConnectorFactory https =
        (HttpsConnectorFactory) server.getApplicationConnectors().getFirst();
    assertThat(https.getPort()).isEqualTo(8443);
    assertThat(https.getKeyStorePath()).isEqualTo("/tmp/gateway.p12");
    assertThat(https.getKeyStorePassword()).isEqualTo("s3cret");
    assertThat(server.isEnableVirtualThreads()).isTrue();
    assertThat(config.getKafka().bootstrapServers()).isEqualTo("localhost:9092");
    assertThat(config.assetCatalog().all()).hasSize(3);
    assertThat(https.getSupportedProtocols()).containsExactly("TLSv1.3", "TLSv1.2");
    assertThat(https.getSupportedCipherSuites())
        .isNotEmpty()
        .allMatch(suite -> suite.contains("GCM") || suite.contains("CHACHA20"));
    JwtSettings jwt = config.getAuth().jwt().toJwtSettings();
    assertThat(jwt.issuer()).isEqualTo("https://auth.wallet.local");
    assertThat(jwt.audience()).isEqualTo("wallet-api");
    assertThat(jwt.jwks()).isEqualTo(URI.create("file:/tmp/jwks.json"));
    assertThat(jwt.clockSkew()).isEqualTo(java.time.Duration.ofSeconds(30));
    assertThat(config.adminAccess().ring().authenticate("anything")).isEmpty();
    assertThat(config.adminAccess().apiKeys())
        .extracting(k -> k.credential().isPresent())
        .containsExactly(true, false);
    assertThat(server.getAdminConnectors())
        .extracting(c -> ((HttpConnectorFactory) c).getBindHost())
        .containsExactly("127.0.0.1");
  }

  @Test
  void refusesToStartWithoutTheJwksLocation() {
    assertThatThrownBy(
            () ->
                load(
                    Path.of("config/local.yml"),
                    Map.of(
                        "GATEWAY_KEYSTORE_PATH",
                        "/tmp/gateway.p12",
                        "GATEWAY_KEYSTORE_PASSWORD",
                        "s3cret")))
        .hasMessageContaining("AUTH_JWKS_URI");
  }

  @Test
  void appliesDefaultsToEverythingOmitted() throws Exception {
    GatewayConfiguration config = load(MINIMAL);

    assertThat(config.getKafka().ackTimeout().toSeconds()).isEqualTo(5);
    assertThat(config.getKafka().maxBlock().toSeconds()).isEqualTo(1);
    assertThat(config.getKafka().deliveryTimeout().toSeconds()).isEqualTo(30);
    assertThat(config.getLimits().maxBodyBytes()).isEqualTo(16 * 1024);
    assertThat(config.getLimits().maxInFlightPublishes()).isEqualTo(1024);
    assertThat(config.getLimits().maxJsonDepth()).isEqualTo(4);
    assertThat(config.getLimits().maxJsonFields()).isEqualTo(16);
    assertThat(config.getLimits().maxStringLength()).isEqualTo(256);
    assertThat(config.getRateLimits().perCaller()).isEqualTo(new RateLimitSettings.Bucket(10, 20));
    assertThat(config.getRateLimits().global())
        .isEqualTo(new RateLimitSettings.Bucket(2_000, 4_000));
    assertThat(config.getAuth().jwt().toJwtSettings().unknownKeyRefreshInterval())
        .isEqualTo(java.time.Duration.ofSeconds(30));
    assertThat(config.adminAccess().apiKeys()).isEmpty();
    assertThat(config.getIdempotency().maxEntries()).isEqualTo(100_000);
    assertThat(config.getSchemaRegistry().timeout().toSeconds()).isEqualTo(5);
    assertThat(config.assetCatalog().find("ETH")).get().extracting(a -> a.decimals()).isEqualTo(18);
  }

  @Test
  void rejectsAnAckTimeoutLongerThanTheDeliveryTimeout() {
    String yaml =
        MINIMAL.replace(
            "bootstrapServers: broker-1:9092",
            "bootstrapServers: broker-1:9092\n  ackTimeout: 40s\n  deliveryTimeout: 30s");

    assertThatThrownBy(() -> load(yaml))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("kafka.ackTimeout");
  }

  @Test
  void rejectsExtraPropertiesThatWouldWeakenDurability() {
    String yaml =
        MINIMAL.replace(
            "bootstrapServers: broker-1:9092",
            "bootstrapServers: broker-1:9092\n  extra:\n    acks: \"1\"");

    assertThatThrownBy(() -> load(yaml))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("acks");
  }

  @Test
  void rejectsAMisspelledKey() {
    assertThatThrownBy(() -> load(MINIMAL + "limits:\n  maxBodyByte: 10\n"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("maxBodyByte");
  }

  @Test
  void rejectsABodyLimitBelowItsMinimum() {
    assertThatThrownBy(() -> load(MINIMAL + "limits:\n  maxBodyBytes: 10\n"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("limits.maxBodyBytes");
  }

  @Test
  void rejectsAnAdminKeyHashThatIsNotSha256Hex() {
    String yaml =
        MINIMAL
            + "adminAccess:\n  apiKeys:\n    - {name: prometheus, sha256: \"xyz\", scopes: [metrics:read]}\n";

    assertThatThrownBy(() -> load(yaml))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("sha256");
  }

  @Test
  void rejectsTheOldStaticTokenClients() {
    String yaml = MINIMAL.replace("  jwt:", "  clients: []\n  jwt:");

    assertThatThrownBy(() -> load(yaml))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("clients");
  }

  @Test
  void rejectsMissingAuth() {
    assertThatThrownBy(() -> load(MINIMAL.substring(0, MINIMAL.indexOf("auth:"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("auth");
  }

  @Test
  void rejectsAPlainHttpJwksLocationOffLoopback() {
    assertThatThrownBy(
            () ->
                load(
                    MINIMAL.replace(
                        "https://auth.example/.well-known", "http://auth.example/.well-known")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("auth.jwt");
  }

  @Test
  void rejectsAClockSkewOverTwoMinutes() {
    assertThatThrownBy(() -> load(MINIMAL + "    clockSkew: 5m\n"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("clockSkew");
  }

  @Test
  void rejectsAPlainHttpPublicConnector() {
    String yaml =
        """
        server:
          applicationConnectors:
            - {type: http, port: 8080}
        """
            + MINIMAL.substring(HTTPS.length());

    assertThatThrownBy(() -> load(yaml))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("https");
  }

  @Test
  void rejectsAnOmittedServerSectionWhichWouldBePlainHttp() {
    assertThatThrownBy(() -> load(MINIMAL.substring(HTTPS.length())))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("https");
  }

  @Test
  void rejectsTls11() {
    String yaml = MINIMAL.replace("[TLSv1.3, TLSv1.2]", "[TLSv1.3, TLSv1.2, TLSv1.1]");

    assertThatThrownBy(() -> load(yaml))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("TLSv1.1");
  }

  @Test
  void rejectsACipherSuiteWithoutAeadOrForwardSecrecy() {
    String cbc =
        MINIMAL.replace(
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256");
    String staticRsa =
        MINIMAL.replace("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_AES_128_GCM_SHA256");

    assertThatThrownBy(() -> load(cbc))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("CBC");
    assertThatThrownBy(() -> load(staticRsa))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("TLS_RSA_WITH_AES_128_GCM_SHA256");
  }

  @Test
  void rejectsTheSimpleServerWhichPutsAdminOnThePublicConnector() {
    String simple =
        """
        server:
          type: simple
          connector: {type: https, port: 8443, keyStorePath: /tmp/k.p12, keyStorePassword: x}
        """
            + MINIMAL.substring(HTTPS.length());

    assertThatThrownBy(() -> load(simple))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("simple");
  }

  @Test
  void rejectsAnAdminConnectorOnThePublicPort() {
    assertThatThrownBy(() -> load(MINIMAL.replace("port: 8081", "port: 8443")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("adminConnectors");
  }

  @Test
  void rejectsRateLimitsOutOfRange() {
    assertThatThrownBy(() -> load(MINIMAL + "rateLimits:\n  perCaller: {perSecond: 0, burst: 5}\n"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("perSecond");
    assertThatThrownBy(() -> load(MINIMAL + "rateLimits:\n  global: {perSecond: 10, burst: 0}\n"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("burst");
  }

  @Test
  void rejectsJsonLimitsBelowWhatACommandNeeds() {
    assertThatThrownBy(() -> load(MINIMAL + "limits:\n  maxStringLength: 100\n"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("limits.maxStringLength");
    assertThatThrownBy(() -> load(MINIMAL + "limits:\n  maxJsonDepth: 1\n"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("limits.maxJsonDepth");
  }

  @Test
  void rejectsAnAssetListedTwice() {
    String yaml = MINIMAL + "assets:\n  - {code: BTC, decimals: 8}\n  - {code: BTC, decimals: 8}\n";

    assertThatThrownBy(() -> load(yaml))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("BTC");
  }

  @Test
  void hidesSecretsWhenPrinted() throws Exception {
    String yaml =
        MINIMAL
                .replace(
                    "bootstrapServers: broker-1:9092",
                    "bootstrapServers: broker-1:9092\n  extra:\n    sasl.jaas.config: \"PlainLoginModule password=hunter2\"")
                .replace("http://registry:8081", "https://user:hunter2@registry:8081")
            + "adminAccess:\n  apiKeys:\n    - {name: prometheus, sha256: \""
            + "0123456789abcdef".repeat(4)
            + "\", scopes: [metrics:read]}\n";
    GatewayConfiguration config = load(yaml);

    assertThat(config.getKafka().toString()).doesNotContain("hunter2").contains("sasl.jaas.config");
    assertThat(config.getSchemaRegistry().toString())
        .doesNotContain("hunter2")
        .contains("registry:8081");
    assertThat(config.adminAccess().toString()).doesNotContain("0123456789abcdef0123456789abcdef");
  }

  private GatewayConfiguration load(String yaml) throws Exception {
    Path file = Files.writeString(dir.resolve("gateway.yml"), yaml);
    return load(file, Map.of());
  }

  private static GatewayConfiguration load(Path file, Map<String, String> environment)
      throws Exception {
    StringSubstitutor substitutor = new StringSubstitutor(environment);
    substitutor.setEnableUndefinedVariableException(true);
    // The factory Dropwizard itself uses: it turns on failing for unknown keys.
    ConfigurationFactory<GatewayConfiguration> factory =
        new DefaultConfigurationFactoryFactory<GatewayConfiguration>()
            .create(
                GatewayConfiguration.class,
                Validators.newValidator(),
                Jackson.newObjectMapper(),
                "dw");
    return factory.build(
        new SubstitutingSourceProvider(new FileConfigurationSourceProvider(), substitutor),
        file.toString());
  }
}
