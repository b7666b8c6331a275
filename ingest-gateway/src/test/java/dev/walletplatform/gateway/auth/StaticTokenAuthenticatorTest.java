package dev.walletplatform.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletplatform.gateway.config.ClientCredential;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaticTokenAuthenticatorTest {
  private final StaticTokenAuthenticator authenticator =
      new StaticTokenAuthenticator(
          List.of(
              credential("mobile-ios", "ios-token-1"),
              credential("mobile-android", "android-token-1"),
              credential("mobile-android", "android-token-2")));

  @Test
  void authenticatesAKnownTokenAsItsClient() {
    assertThat(authenticator.authenticate("ios-token-1")).contains(new AuthenticatedClient("mobile-ios"));
  }

  @Test
  void acceptsEitherTokenOfAClientDuringRotation() {
    assertThat(authenticator.authenticate("android-token-1")).contains(new AuthenticatedClient("mobile-android"));
    assertThat(authenticator.authenticate("android-token-2")).contains(new AuthenticatedClient("mobile-android"));
  }

  @Test
  void rejectsAnUnknownToken() {
    assertThat(authenticator.authenticate("ios-token-2")).isEmpty();
  }

  @Test
  void rejectsAnEmptyOrMissingToken() {
    assertThat(authenticator.authenticate("")).isEmpty();
    assertThat(authenticator.authenticate(null)).isEmpty();
  }

  @Test
  void rejectsTheHashItselfUsedAsToken() {
    assertThat(authenticator.authenticate(StaticTokenAuthenticator.hashOf("ios-token-1"))).isEmpty();
  }

  @Test
  void refusesOneTokenListedForTwoClients() {
    assertThatThrownBy(() -> new StaticTokenAuthenticator(
            List.of(credential("client-a", "same-token"), credential("client-b", "same-token"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("client-b");
  }

  @Test
  void hashesLikeSha256sum() {
    // printf %s local-dev-token | sha256sum
    assertThat(StaticTokenAuthenticator.hashOf("local-dev-token"))
        .isEqualTo("0cd48eed49739dfdd99efaef37d251aae5a80866e5954763c6597943fff5ce9b");
  }

  @Test
  void showsNoHashesInToString() {
    assertThat(authenticator.toString()).doesNotContain(StaticTokenAuthenticator.hashOf("ios-token-1"));
    assertThat(credential("mobile-ios", "ios-token-1").toString())
        .doesNotContain(StaticTokenAuthenticator.hashOf("ios-token-1"));
  }

  private static ClientCredential credential(String clientId, String token) {
    return new ClientCredential(clientId, StaticTokenAuthenticator.hashOf(token));
  }
}
