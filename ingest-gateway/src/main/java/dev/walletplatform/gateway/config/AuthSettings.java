package dev.walletplatform.gateway.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** {@code auth}: mobile callers present a bearer JWT of the identity provider ({@code auth.jwt}). */
public record AuthSettings(@Valid @NotNull JwtAuthSettings jwt) {

  @JsonCreator
  public static AuthSettings fromYaml(@JsonProperty("jwt") JwtAuthSettings jwt) {
    if (jwt == null) {
      throw new IllegalArgumentException("auth.jwt is required (issuer, audience, jwks)");
    }
    return new AuthSettings(jwt);
  }
}
