package dev.walletplatform.walletservice.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.walletservice.config.ClientCredential;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenVerifierTest {
  private final TokenVerifier verifier =
      new TokenVerifier(List.of(client("mobile-bff", "token-one"), client("support-tool", "token-two")));

  @Test
  void namesTheClientOwningTheToken() {
    assertThat(verifier.clientFor("token-one")).contains("mobile-bff");
    assertThat(verifier.clientFor("token-two")).contains("support-tool");
  }

  @Test
  void refusesUnknownEmptyMissingAndOversizedTokens() {
    assertThat(verifier.clientFor("token-three")).isEmpty();
    assertThat(verifier.clientFor("token-on")).isEmpty();
    assertThat(verifier.clientFor("")).isEmpty();
    assertThat(verifier.clientFor(null)).isEmpty();
    assertThat(verifier.clientFor("x".repeat(10_000))).isEmpty();
  }

  @Test
  void acceptsTheConfiguredHashInUpperCaseToo() {
    String upper = HexFormat.of().formatHex(TokenVerifier.sha256("token-one")).toUpperCase();
    TokenVerifier upperCase = new TokenVerifier(List.of(new ClientCredential("mobile-bff", upper)));
    assertThat(upperCase.clientFor("token-one")).contains("mobile-bff");
  }

  static ClientCredential client(String id, String token) {
    return new ClientCredential(id, HexFormat.of().formatHex(TokenVerifier.sha256(token)));
  }
}
