package dev.walletplatform.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.ConfigurationFactory;
import io.dropwizard.configuration.DefaultConfigurationFactoryFactory;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import io.dropwizard.jetty.HttpsConnectorFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.text.StringSubstitutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayConfigurationTest {
  private static final String MINIMAL =
      """
      kafka:
        bootstrapServers: broker-1:9092
      schemaRegistry:
        url: http://registry:8081
      auth:
        clients:
          - clientId: mobile
            tokenSha256: 0cd48eed49739dfdd99efaef37d251aae5a80866e5954763c6597943fff5ce9b
      """;

  @TempDir Path dir;

  @Test
  void loadsTheLocalConfigurationWithSecretsFromTheEnvironment() throws Exception {
    GatewayConfiguration config =
        load(Path.of("config/local.yml"),
            Map.of("GATEWAY_KEYSTORE_PATH", "/tmp/gateway.p12", "GATEWAY_KEYSTORE_PASSWORD", "s3cret"));

    DefaultServerFactory server = (DefaultServerFactory) config.getServerFactory();
    HttpsConnectorFactory https = (HttpsConnectorFactory) server.getApplicationConnectors().getFirst();
    assertThat(https.getPort()).isEqualTo(8443);
    assertThat(https.getKeyStorePath()).isEqualTo("/tmp/gateway.p12");
    assertThat(https.getKeyStorePassword()).isEqualTo("s3cret");
    assertThat(server.isEnableVirtualThreads()).isTrue();
    assertThat(config.getKafka().bootstrapServers()).isEqualTo("localhost:9092");
    assertThat(config.assetCatalog().all()).hasSize(3);
    assertThat(config.getAuth().clients()).extracting(ClientCredential::clientId).containsExactly("local-mobile");
  }

  @Test
  void appliesDefaultsToEverythingOmitted() throws Exception {
    GatewayConfiguration config = load(MINIMAL);

    assertThat(config.getKafka().ackTimeout().toSeconds()).isEqualTo(5);
    assertThat(config.getKafka().maxBlock().toSeconds()).isEqualTo(1);
    assertThat(config.getKafka().deliveryTimeout().toSeconds()).isEqualTo(30);
    assertThat(config.getLimits().maxBodyBytes()).isEqualTo(16 * 1024);
    assertThat(config.getLimits().maxInFlightPublishes()).isEqualTo(1024);
    assertThat(config.getIdempotency().maxEntries()).isEqualTo(100_000);
    assertThat(config.getSchemaRegistry().timeout().toSeconds()).isEqualTo(5);
    assertThat(config.assetCatalog().find("ETH")).get().extracting(a -> a.decimals()).isEqualTo(18);
  }

  @Test
  void rejectsAnAckTimeoutLongerThanTheDeliveryTimeout() {
    String yaml = MINIMAL.replace("bootstrapServers: broker-1:9092",
        "bootstrapServers: broker-1:9092\n  ackTimeout: 40s\n  deliveryTimeout: 30s");

    assertThatThrownBy(() -> load(yaml)).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("kafka.ackTimeout");
  }

  @Test
  void rejectsExtraPropertiesThatWouldWeakenDurability() {
    String yaml = MINIMAL.replace("bootstrapServers: broker-1:9092",
        "bootstrapServers: broker-1:9092\n  extra:\n    acks: \"1\"");

    assertThatThrownBy(() -> load(yaml)).isInstanceOf(ConfigurationException.class).hasMessageContaining("acks");
  }

  @Test
  void rejectsAMisspelledKey() {
    assertThatThrownBy(() -> load(MINIMAL + "limits:\n  maxBodyByte: 10\n"))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("maxBodyByte");
  }

  @Test
  void rejectsABodyLimitBelowItsMinimum() {
    assertThatThrownBy(() -> load(MINIMAL + "limits:\n  maxBodyBytes: 10\n"))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("limits.maxBodyBytes");
  }

  @Test
  void rejectsATokenHashThatIsNotSha256Hex() {
    assertThatThrownBy(() -> load(MINIMAL.replace("0cd48eed", "xyz")))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("tokenSha256");
  }

  @Test
  void rejectsMissingAuthClients() {
    assertThatThrownBy(() -> load(MINIMAL.substring(0, MINIMAL.indexOf("auth:"))))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("auth");
  }

  @Test
  void rejectsAnAssetListedTwice() {
    String yaml = MINIMAL + "assets:\n  - {code: BTC, decimals: 8}\n  - {code: BTC, decimals: 8}\n";

    assertThatThrownBy(() -> load(yaml)).isInstanceOf(ConfigurationException.class).hasMessageContaining("BTC");
  }

  @Test
  void hidesSecretsWhenPrinted() throws Exception {
    String yaml = MINIMAL
        .replace("bootstrapServers: broker-1:9092",
            "bootstrapServers: broker-1:9092\n  extra:\n    sasl.jaas.config: \"PlainLoginModule password=hunter2\"")
        .replace("http://registry:8081", "https://user:hunter2@registry:8081");
    GatewayConfiguration config = load(yaml);

    assertThat(config.getKafka().toString()).doesNotContain("hunter2").contains("sasl.jaas.config");
    assertThat(config.getSchemaRegistry().toString()).doesNotContain("hunter2").contains("registry:8081");
    assertThat(config.getAuth().toString()).doesNotContain("0cd48eed");
  }

  private GatewayConfiguration load(String yaml) throws Exception {
    Path file = Files.writeString(dir.resolve("gateway.yml"), yaml);
    return load(file, Map.of());
  }

  private static GatewayConfiguration load(Path file, Map<String, String> environment) throws Exception {
    StringSubstitutor substitutor = new StringSubstitutor(environment);
    substitutor.setEnableUndefinedVariableException(true);
    // The factory Dropwizard itself uses: it turns on failing for unknown keys.
    ConfigurationFactory<GatewayConfiguration> factory =
        new DefaultConfigurationFactoryFactory<GatewayConfiguration>()
            .create(GatewayConfiguration.class, Validators.newValidator(), Jackson.newObjectMapper(), "dw");
    return factory.build(
        new SubstitutingSourceProvider(new FileConfigurationSourceProvider(), substitutor), file.toString());
  }
}
