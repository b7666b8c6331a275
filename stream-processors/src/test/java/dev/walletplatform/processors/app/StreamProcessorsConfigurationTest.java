package dev.walletplatform.processors.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamProcessorsConfigurationTest {
  private final ObjectMapper mapper = Jackson.newObjectMapper();
  private final YamlConfigurationFactory<StreamProcessorsConfiguration> factory =
      new YamlConfigurationFactory<>(StreamProcessorsConfiguration.class, Validators.newValidator(), mapper, "dw");

  @Test
  void readsTheShippedLocalConfig() throws Exception {
    // as the application reads it: placeholders filled from the environment, else their defaults
    StreamProcessorsConfiguration config = factory.build(
        new SubstitutingSourceProvider(new FileConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)),
        "config/local.yml");
    assertThat(config.kafka().groupId()).isEqualTo("ledger-applier");
    assertThat(config.kafka().maxPollRecords()).isEqualTo(500);
    assertThat(config.kafka().consumerProperties("c").get("enable.auto.commit")).isEqualTo("false");
    assertThat(config.kafka().consumerProperties("c").get("isolation.level")).isEqualTo("read_committed");
    assertThat(config.database().poolSize()).isEqualTo(4);
    assertThat(config.assets().find("ETH")).hasValueSatisfying(a -> assertThat(a.decimals()).isEqualTo(18));
    assertThat(config.applier().maxLoopStall()).isEqualTo(Duration.ofMinutes(2));
    assertThat(config.migrateOnStart()).isTrue();
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
    StreamProcessorsConfiguration config = factory.build(new FileConfigurationSourceProvider(),
        write(dir, minimal("groupId: ledger-applier", "poolSize: 4")).toString());
    assertThat(config.kafka().consumerThreads()).isEqualTo(1);
    assertThat(config.applier().maxTransactionAttempts()).isEqualTo(8);
    assertThat(config.assets().all()).hasSize(3);
  }

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
        """.formatted(kafkaLine, databaseLine);
  }

  private static Path write(Path dir, String yaml) throws Exception {
    Path file = dir.resolve("applier.yml");
    Files.writeString(file, yaml);
    return file;
  }
}
