package dev.walletplatform.kit.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code auth}: mobile callers present a bearer JWT of the identity provider ({@code auth.jwt}).
 */
public record AuthSettings(JwtAuthSettings jwt) {
  public AuthSettings {
    if (jwt == null) {
      throw new IllegalArgumentException(
          "auth.jwt is required (issuer, audience, jwks): nobody could call without it");
    }
  }

  @JsonCreator
  public static AuthSettings fromYaml(@JsonProperty("jwt") JwtAuthSettings jwt) {
    return new AuthSettings(jwt);
  }
}
