package dev.walletplatform.kit.auth.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfiguredApiKeyTest {
  private static final String KEY = "k-0123456789abcdef0123456789abcdef";

  @Test
  void anEntryWithAHashGrantsItsScopes() {
    ApiKeyRing ring =
        ConfiguredApiKey.ring(
            List.of(
                ConfiguredApiKey.fromYaml(
                    "prometheus", ApiKeyRing.hashOf(KEY), Set.of("metrics:read"))));

    assertThat(ring.authenticate(KEY))
        .hasValueSatisfying(
            holder -> {
              assertThat(holder.name()).isEqualTo("prometheus");
              assertThat(holder.may("metrics:read")).isTrue();
              assertThat(holder.may("admin")).isFalse();
            });
  }

  @Test
  void anEmptyHashIsAKeyNotIssuedHereAndGrantsNothing() {
    ApiKeyRing ring =
        ConfiguredApiKey.ring(
            List.of(
                ConfiguredApiKey.fromYaml("operator", "", Set.of("admin")),
                ConfiguredApiKey.fromYaml("prometheus", null, Set.of("metrics:read"))));

    assertThat(ring.isEmpty()).isTrue();
    assertThat(ring.authenticate("")).isEmpty();
    assertThat(ring.authenticate(KEY)).isEmpty();
  }

  @Test
  void aMalformedHashFailsTheStartNamingTheKey() {
    assertThatThrownBy(
            () -> ConfiguredApiKey.fromYaml("prometheus", "not-a-hash", Set.of("metrics:read")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prometheus")
        .hasMessageContaining("sha256");
    assertThatThrownBy(
            () -> ConfiguredApiKey.fromYaml("prometheus", ApiKeyRing.hashOf(KEY), Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no scopes");
  }

  @Test
  void theHashNeverAppearsWholeInItsDescription() {
    String hash = ApiKeyRing.hashOf(KEY);
    assertThat(ConfiguredApiKey.fromYaml("prometheus", hash, Set.of("metrics:read")).toString())
        .doesNotContain(hash);
    assertThat(ConfiguredApiKey.fromYaml("operator", "", Set.of("admin")).toString())
        .contains("not issued");
  }
}
