package dev.walletplatform.processors.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.walletplatform.kit.auth.apikey.ApiKeyHolder;
import dev.walletplatform.kit.auth.apikey.ApiKeyRing;
import dev.walletplatform.kit.auth.apikey.ConfiguredApiKey;
import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import io.dropwizard.util.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamProcessorsConfigurationTest {
  private final ObjectMapper mapper = Jackson.newObjectMapper();
  private final YamlConfigurationFactory<StreamProcessorsConfiguration> factory =
      new YamlConfigurationFactory<>(
          StreamProcessorsConfiguration.class, Validators.newValidator(), mapper, "dw");

  @Test
  void readsTheShippedLocalConfig() throws Exception {
    // as the application reads it: placeholders filled from the environment, else their defaults
    StreamProcessorsConfiguration config =
        factory.build(
            new SubstitutingSourceProvider(
                new FileConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)),
            "config/local.yml");
    assertThat(config.kafka().groupId()).isEqualTo("ledger-applier");
    assertThat(config.kafka().maxPollRecords()).isEqualTo(500);
    assertThat(config.kafka().consumerProperties("c").get("enable.auto.commit")).isEqualTo("false");
    assertThat(config.kafka().consumerProperties("c").get("isolation.level"))
        .isEqualTo("read_committed");
    assertThat(config.database().poolSize()).isEqualTo(4);
    assertThat(config.assets().find("ETH"))
        .hasValueSatisfying(a -> assertThat(a.decimals()).isEqualTo(18));
    assertThat(config.applier().maxLoopStall()).isEqualTo(Duration.minutes(2));
    assertThat(config.migrateOnStart()).isTrue();
    assertThat(config.applier().enabled()).isTrue();
    assertThat(config.streams().enabled()).isTrue();
    assertThat(config.streams().applicationServer())
        .map(Object::toString)
        .contains("localhost:8093");
    assertThat(config.streams().replicationFactor()).isEqualTo(-1);
    assertThat(config.streams().stateDir()).isNotNull();
    assertThat(config.screening().claimsPerDevice().window()).isEqualTo(Duration.minutes(1));
    assertThat(config.statusView().retention()).isEqualTo(Duration.days(1));
    assertThat(config.adminAccess().apiKeys())
        .extracting(ConfiguredApiKey::name)
        .containsExactly("prometheus", "operator");
    assertThat(config.adminAccess().apiKeys())
        .extracting(ConfiguredApiKey::scopes)
        .containsExactly(Set.of("metrics:read"), Set.of("admin"));
    assertThat(config.statusView().callers())
        .extracting(ConfiguredApiKey::scopes)
        .containsExactly(Set.of("status:read"));
  }

  private static final String STATUS_KEY = "status-key-0123456789abcdef";
  private static final String KEYS =
      """
      statusView:
        callers:
          - {name: status-view, sha256: "%s", scopes: [status:read]}
        peerApiKey: "%s"
      adminAccess:
        apiKeys:
          - {name: prometheus, sha256: "%s", scopes: [metrics:read]}
          - {name: operator, sha256: "", scopes: [admin]}
      """;

  @Test
  void readsTheKeysOfBothPortsAndNeverPrintsTheStatusKey(@TempDir Path dir) throws Exception {
    StreamProcessorsConfiguration config =
        factory.build(
            new FileConfigurationSourceProvider(),
            write(
                    dir,
                    minimal("groupId: ledger-applier", "poolSize: 4")
                        + KEYS.formatted(
                            ApiKeyRing.hashOf(STATUS_KEY),
                            STATUS_KEY,
                            ApiKeyRing.hashOf("metrics-key-0123456789abcdef")))
                .toString());

    assertThat(config.statusView().callerRing().authenticate(STATUS_KEY))
        .map(ApiKeyHolder::name)
        .contains("status-view");
    assertThat(config.statusView().peerApiKey()).contains(STATUS_KEY);
    config.statusView().requirePeerKeyAccepted();
    assertThat(config.adminAccess().ring().authenticate("metrics-key-0123456789abcdef"))
        .isPresent();
    assertThat(config.adminAccess().ring().authenticate(""))
        .as("the operator key is not issued here")
        .isEmpty();
    assertThat(config.statusView().toString())
        .doesNotContain(STATUS_KEY)
        .contains("peerApiKey=set");
  }

  @Test
  void refusesAtStartAPeerKeyTheOtherInstancesWouldRefuse(@TempDir Path dir) throws Exception {
    StreamProcessorsConfiguration config =
        factory.build(
            new FileConfigurationSourceProvider(),
            write(
                    dir,
                    minimal("groupId: ledger-applier", "poolSize: 4")
                        + KEYS.formatted(
                            ApiKeyRing.hashOf("another-key-0123456789"), STATUS_KEY, ""))
                .toString());

    assertThatThrownBy(config.statusView()::requirePeerKeyAccepted)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "statusView.peerApiKey matches no statusView.callers entry with scope status:read"
                + " (issued callers: [status-view])")
        .hasMessageNotContaining(STATUS_KEY);
  }

  @Test
  void refusesAStatusKeyThatCannotGoIntoAHeader(@TempDir Path dir) throws Exception {
    Path file =
        write(
            dir,
            minimal("groupId: ledger-applier", "poolSize: 4")
                + KEYS.formatted(ApiKeyRing.hashOf("short key"), "short key", ""));
    assertThatThrownBy(() -> factory.build(new FileConfigurationSourceProvider(), file.toString()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(
            "statusView.peerApiKey must be 16..256 printable ASCII characters without spaces");
  }

  @Test
  void refusesTheSameKeyHashForTwoAdminKeys(@TempDir Path dir) throws Exception {
    String hash = ApiKeyRing.hashOf("metrics-key-0123456789abcdef");
    Path file =
        write(
            dir,
            minimal("groupId: ledger-applier", "poolSize: 4")
                + """
        adminAccess:
          apiKeys:
            - {name: prometheus, sha256: "%s", scopes: [metrics:read]}
            - {name: operator, sha256: "%s", scopes: [admin]}
        """
                    .formatted(hash, hash));
    assertThatThrownBy(() -> factory.build(new FileConfigurationSourceProvider(), file.toString()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("has the hash of another key");
  }

  @Test
  void issuesNoKeyWithoutAnAdminOrCallersBlock(@TempDir Path dir) throws Exception {
    StreamProcessorsConfiguration config =
        factory.build(
            new FileConfigurationSourceProvider(),
            write(dir, minimal("groupId: ledger-applier", "poolSize: 4")).toString());
    assertThat(config.adminAccess().ring().isEmpty()).isTrue();
    assertThat(config.statusView().callerRing().isEmpty()).isTrue();
    assertThat(config.statusView().peerApiKey()).isEmpty();
  }

  @Test
  void runsTheTopologiesWhenNoStreamsBlockSaysOtherwiseSoTheScreenedTopicIsNeverLeftUnfed(
      @TempDir Path dir) throws Exception {
    StreamProcessorsConfiguration config =
        factory.build(
            new FileConfigurationSourceProvider(),
            write(dir, minimal("groupId: ledger-applier", "poolSize: 4").replace(STREAMS, ""))
                .toString());
    assertThat(config.streams().enabled()).isTrue();
    assertThat(config.streams().stateDir().getFileName()).hasToString("wallet-streams");
    assertThat(config.streams().applicationServer()).isEmpty();
  }

  @Test
  void readsScreeningLimitsWithPerCampaignOverrides(@TempDir Path dir) throws Exception {
    StreamProcessorsConfiguration config =
        factory.build(
            new FileConfigurationSourceProvider(),
            write(
                    dir,
                    minimal("groupId: ledger-applier", "poolSize: 4")
                        + """
            screening:
              claimsPerDevice: {limit: 3, window: 1m}
              withdrawalsPerWallet: {limit: 2, window: 2h}
              grace: 10s
              campaigns:
                spring-drop:
                  claimsPerDevice: {limit: 1, window: 10m}
            """)
                .toString());
    assertThat(config.screening().claimsPerDevice("spring-drop").limit()).isEqualTo(1);
    assertThat(config.screening().claimsPerDevice("other-drop").limit()).isEqualTo(3);
    assertThat(config.screening().longestClaimWindow()).isEqualTo(java.time.Duration.ofMinutes(10));
    assertThat(config.screening().dedupeRetention().toJavaDuration())
        .as("default: twice the longest window plus grace")
        .isEqualTo(java.time.Duration.ofHours(4).plusSeconds(20));
  }

  @Test
  void refusesAScreeningLimitOutOfRangeNamingItsKey(@TempDir Path dir) throws Exception {
    Path file =
        write(
            dir,
            minimal("groupId: ledger-applier", "poolSize: 4")
                + """
        screening:
          campaigns:
            spring-drop:
              claimsPerDevice: {limit: 0, window: 1m}
        """);
    assertThatThrownBy(() -> factory.build(new FileConfigurationSourceProvider(), file.toString()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(
            "screening.campaigns.spring-drop.claimsPerDevice.limit must be 1..1000000, was: 0");
  }

  @Test
  void refusesADedupeRetentionShorterThanTheLongestWindow(@TempDir Path dir) throws Exception {
    Path file =
        write(
            dir,
            minimal("groupId: ledger-applier", "poolSize: 4")
                + """
        screening:
          dedupeRetention: 30m
        """);
    assertThatThrownBy(() -> factory.build(new FileConfigurationSourceProvider(), file.toString()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(
            "screening.dedupeRetention must be at least the longest window plus grace (3630 seconds)");
  }

  @Test
  void readsEveryDurationInDropwizardNotation(@TempDir Path dir) throws Exception {
    StreamProcessorsConfiguration config =
        factory.build(
            new FileConfigurationSourceProvider(),
            write(
                    dir,
                    minimal("pollTimeout: 200ms", "connectionTimeout: 2s")
                            .replace(
                                "url: http://localhost:8081",
                                "url: http://localhost:8081\n  timeout: 3s")
                        + """
            applier: {retryBackoff: 20ms, maxBackoff: 10s, maxLoopStall: 2m, resultAckTimeout: 30s}
            screening: {grace: 30s, verdictTimeout: 2m}
            statusView: {retention: 1d, forwardTimeout: 300ms}
            """)
                .toString());
    assertThat(config.kafka().pollTimeout().toJavaDuration())
        .isEqualTo(java.time.Duration.ofMillis(200));
    assertThat(config.database().connectionTimeout()).isEqualTo(Duration.seconds(2));
    assertThat(config.schemaRegistry().timeout()).isEqualTo(Duration.seconds(3));
    assertThat(config.applier().retryBackoff()).isEqualTo(Duration.milliseconds(20));
    assertThat(config.screening().verdictTimeout()).isEqualTo(Duration.minutes(2));
    assertThat(config.statusView().forwardTimeout()).isEqualTo(Duration.milliseconds(300));
  }

  @Test
  void refusesAnIsoDurationNamingTheValue(@TempDir Path dir) throws Exception {
    Path file = write(dir, minimal("pollTimeout: PT0.5S", "poolSize: 4"));
    assertThatThrownBy(() -> factory.build(new FileConfigurationSourceProvider(), file.toString()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("kafka.pollTimeout")
        .hasMessageContaining("Invalid duration: PT0.5S");
  }

  @Test
  void refusesStreamsSettingsExactlyOnceDependsOn(@TempDir Path dir) throws Exception {
    Path file =
        write(
            dir,
            minimal("groupId: ledger-applier", "poolSize: 4")
                .replace(
                    "stateDir: /tmp/it-streams",
                    "stateDir: /tmp/it-streams\n  properties: {processing.guarantee: at_least_once}"));
    assertThatThrownBy(() -> factory.build(new FileConfigurationSourceProvider(), file.toString()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("streams.properties.processing.guarantee cannot be set");
  }

  @Test
  void runsTheTopologiesAloneWithoutADatabase(@TempDir Path dir) throws Exception {
    String yaml =
        minimal("groupId: ledger-applier", "poolSize: 4")
                .replaceAll("(?s)database:.*?\n(streams:)", "$1")
            + "applier: {enabled: false}\n";
    StreamProcessorsConfiguration config =
        factory.build(new FileConfigurationSourceProvider(), write(dir, yaml).toString());
    assertThat(config.applier().enabled()).isFalse();
    assertThat(config.database()).isNull();
  }

  @Test
  void refusesAPoolSmallerThanTheConsumerThreads(@TempDir Path dir) throws Exception {
    Path file = write(dir, minimal("consumerThreads: 3", "poolSize: 2"));
    assertThatThrownBy(() -> factory.build(new FileConfigurationSourceProvider(), file.toString()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("database.poolSize (2) must be at least kafka.consumerThreads (3)");
  }

  @Test
  void refusesOverridingTheSettingsExactlyOnceDependsOn(@TempDir Path dir) throws Exception {
    Path file = write(dir, minimal("properties: {enable.auto.commit: 'true'}", "poolSize: 2"));
    assertThatThrownBy(() -> factory.build(new FileConfigurationSourceProvider(), file.toString()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("kafka.properties.enable.auto.commit cannot be set");
  }

  @Test
  void fillsDefaultsForOptionalKeys(@TempDir Path dir) throws Exception {
    StreamProcessorsConfiguration config =
        factory.build(
            new FileConfigurationSourceProvider(),
            write(dir, minimal("groupId: ledger-applier", "poolSize: 4")).toString());
    assertThat(config.kafka().consumerThreads()).isEqualTo(1);
    assertThat(config.applier().maxTransactionAttempts()).isEqualTo(8);
    assertThat(config.assets().all()).hasSize(3);
  }

  private static final String STREAMS =
      """
      streams:
        stateDir: /tmp/it-streams
      """;

  private static String minimal(String kafkaLine, String databaseLine) {
    return """
        kafka:
          bootstrapServers: localhost:9092
          %s
        schemaRegistry:
          url: http://localhost:8081
        database:
          jdbcUrl: jdbc:postgresql://localhost/ledger
          username: ledger
          %s
        """
            .formatted(kafkaLine, databaseLine)
        + STREAMS;
  }

  private static Path write(Path dir, String yaml) throws Exception {
    Path file = dir.resolve("applier.yml");
    Files.writeString(file, yaml);
    return file;
  }
}
