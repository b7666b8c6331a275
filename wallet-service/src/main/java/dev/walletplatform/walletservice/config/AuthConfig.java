package dev.walletplatform.walletservice.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code auth}: who may call the read API — holders of a bearer JWT of the identity provider. */
public record AuthConfig(@JsonProperty("jwt") JwtConfig jwt) {
  public AuthConfig {
    if (jwt == null) {
      throw new IllegalArgumentException("auth.jwt is required (issuer, audience, jwks): nobody could read without it");
    }
  }
}
