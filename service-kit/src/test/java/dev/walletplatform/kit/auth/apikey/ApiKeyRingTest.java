package dev.walletplatform.kit.auth.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyRingTest {
  private final ApiKeyRing ring =
      new ApiKeyRing(
          List.of(
              new ApiKeyCredential(
                  "prometheus", ApiKeyRing.hashOf("scrape-key-0123456789"), Set.of("metrics:read")),
              new ApiKeyCredential(
                  "oncall",
                  ApiKeyRing.hashOf("oncall-key-0123456789"),
                  Set.of("admin", "metrics:read"))));

  @Test
  void knowsEachHolderAndTheirScopes() {
    assertThat(ring.authenticate("scrape-key-0123456789"))
        .hasValueSatisfying(
            holder -> {
              assertThat(holder.name()).isEqualTo("prometheus");
              assertThat(holder.may("metrics:read")).isTrue();
              assertThat(holder.may("admin")).isFalse();
            });
    assertThat(ring.authenticate("oncall-key-0123456789"))
        .hasValueSatisfying(h -> assertThat(h.may("admin")).isTrue());
  }

  @Test
  void refusesUnknownEmptyAndOversizedKeys() {
    assertThat(ring.authenticate("scrape-key-012345678")).isEmpty();
    assertThat(ring.authenticate("")).isEmpty();
    assertThat(ring.authenticate(null)).isEmpty();
    assertThat(ring.authenticate("k".repeat(257))).isEmpty();
  }

  @Test
  void refusesConfigurationThatWouldMakeOneKeyTwoHolders() {
    String hash = ApiKeyRing.hashOf("same-key-0123456789");
    assertThatThrownBy(
            () ->
                new ApiKeyRing(
                    List.of(
                        new ApiKeyCredential("a", hash, Set.of("admin")),
                        new ApiKeyCredential("b", hash, Set.of("admin")))))
        .hasMessageContaining("hash of another key");
    assertThatThrownBy(() -> new ApiKeyCredential("c", "not-a-hash", Set.of("admin")))
        .hasMessageContaining("64 lowercase hex");
    assertThatThrownBy(() -> new ApiKeyCredential("d", hash, Set.of()))
        .hasMessageContaining("no scopes");
  }

  @Test
  void neverPrintsTheWholeHash() {
    assertThat(
            new ApiKeyCredential("p", ApiKeyRing.hashOf("x-key-0123456789"), Set.of("admin"))
                .toString())
        .doesNotContain(ApiKeyRing.hashOf("x-key-0123456789"));
  }
}
