package dev.walletplatform.ledgerdb.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dropwizard.util.Duration;
import org.junit.jupiter.api.Test;

/** The {@code database} block as the services bind it: durations in Dropwizard's notation. */
class DatabaseSettingsTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final String BLOCK =
      "jdbcUrl: jdbc:postgresql://localhost:5432/ledger\nusername: ledger\npassword: secret\n";

  @Test
  void bindsADropwizardDuration() throws Exception {
    DatabaseSettings settings =
        YAML.readValue(BLOCK + "connectionTimeout: 2s\n", DatabaseSettings.class);

    assertThat(settings.connectionTimeout()).isEqualTo(Duration.seconds(2));
  }

  @Test
  void defaultsToFiveSeconds() throws Exception {
    assertThat(YAML.readValue(BLOCK, DatabaseSettings.class).connectionTimeout())
        .isEqualTo(Duration.seconds(5));
  }

  @Test
  void refusesAnIsoDuration() {
    assertThatThrownBy(
            () -> YAML.readValue(BLOCK + "connectionTimeout: PT5S\n", DatabaseSettings.class))
        .hasMessageContaining("Invalid duration: PT5S");
  }

  @Test
  void refusesLessThanHikarisFloorNamingTheKey() {
    assertThatThrownBy(
            () -> YAML.readValue(BLOCK + "connectionTimeout: 100ms\n", DatabaseSettings.class))
        .hasMessageContaining("database.connectionTimeout must be at least 250ms")
        .hasMessageContaining("was: 100 milliseconds");
  }
}
