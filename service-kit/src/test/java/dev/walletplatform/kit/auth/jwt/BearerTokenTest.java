package dev.walletplatform.kit.auth.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BearerTokenTest {
  @Test
  void readsTheTokenWhateverTheSchemesCase() {
    assertThat(BearerToken.from("Bearer eyJhbGc.eyJzdWIi.c2ln")).contains("eyJhbGc.eyJzdWIi.c2ln");
    assertThat(BearerToken.from("bearer a-b_c~d+e/f.g==")).contains("a-b_c~d+e/f.g==");
    assertThat(BearerToken.from("BEARER x")).contains("x");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "Bearer",
        "Bearer ",
        "Bearer  two-spaces",
        "Basic dXNlcjpwYXNz",
        "Bearer a b",
        "Bearer ==",
        "Bearer a=b",
        "Bearer tok\u00e9n",
        "Bearer a\tb",
        "Bearer a\"",
        "ApiKey abc",
        "Bearertoken"
      })
  void refusesWhatIsNotABearerToken68(String value) {
    assertThat(BearerToken.from(value)).isEmpty();
  }

  @Test
  void refusesATokenLongerThanAnyVerifierReads() {
    assertThat(BearerToken.from("Bearer " + "a".repeat(16_384))).isPresent();
    assertThat(BearerToken.from("Bearer " + "a".repeat(16_385))).isEmpty();
  }
}
