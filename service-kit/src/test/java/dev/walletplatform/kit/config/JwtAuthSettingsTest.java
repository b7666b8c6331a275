package dev.walletplatform.kit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.util.Duration;
import org.junit.jupiter.api.Test;

/** {@code auth.jwt} as the services read it: Dropwizard's mapper, Dropwizard's durations. */
class JwtAuthSettingsTest {
  private static final ObjectMapper YAML = Jackson.newObjectMapper(new YAMLFactory());
  private static final String BLOCK =
      "issuer: https://id.example\naudience: wallet-api\njwks: file:/run/jwks.json\n";

  @Test
  void bindsDropwizardDurationsAndHandsJavaDurationsToTheVerifier() throws Exception {
    JwtAuthSettings jwt =
        YAML.readValue(
            BLOCK + "clockSkew: 45s\nkeysMaxAge: 5m\nunknownKeyRefreshInterval: 500ms\n",
            JwtAuthSettings.class);

    assertThat(jwt.clockSkew()).isEqualTo(Duration.seconds(45));
    assertThat(jwt.toJwtSettings().clockSkew()).isEqualTo(java.time.Duration.ofSeconds(45));
    assertThat(jwt.toJwtSettings().keysMaxAge()).isEqualTo(java.time.Duration.ofMinutes(5));
    assertThat(jwt.toJwtSettings().unknownKeyRefreshInterval())
        .isEqualTo(java.time.Duration.ofMillis(500));
  }

  @Test
  void omittedDurationsTakeTheVerifiersDefaults() throws Exception {
    JwtAuthSettings jwt = YAML.readValue(BLOCK, JwtAuthSettings.class);

    assertThat(jwt.clockSkew()).isEqualTo(Duration.seconds(30));
    assertThat(jwt.keysMaxAge()).isEqualTo(Duration.minutes(10));
    assertThat(jwt.unknownKeyRefreshInterval()).isEqualTo(Duration.seconds(30));
  }

  @Test
  void refusesIsoDurations() {
    assertThatThrownBy(() -> YAML.readValue(BLOCK + "clockSkew: PT30S\n", JwtAuthSettings.class))
        .hasMessageContaining("Invalid duration: PT30S");
  }

  @Test
  void refusesASkewAboveTwoMinutesNamingTheKey() {
    assertThatThrownBy(() -> YAML.readValue(BLOCK + "clockSkew: 3m\n", JwtAuthSettings.class))
        .hasMessageContaining("auth.jwt.clockSkew must be within 0..2 minutes, was: 3 minutes");
  }

  @Test
  void refusesAZeroRefreshIntervalNamingTheKey() {
    assertThatThrownBy(
            () -> YAML.readValue(BLOCK + "unknownKeyRefreshInterval: 0s\n", JwtAuthSettings.class))
        .hasMessageContaining("auth.jwt.unknownKeyRefreshInterval must be a positive duration");
  }

  @Test
  void convertsJavaDurationsToTheirLargestExactUnit() {
    assertThat(ConfigDurations.of(java.time.Duration.ofMinutes(2))).isEqualTo(Duration.minutes(2));
    assertThat(ConfigDurations.of(java.time.Duration.ofMillis(1500)))
        .isEqualTo(Duration.milliseconds(1500));
    assertThat(ConfigDurations.of(java.time.Duration.ofDays(2))).isEqualTo(Duration.days(2));
    assertThat(ConfigDurations.of(java.time.Duration.ZERO)).isEqualTo(Duration.seconds(0));
  }
}
