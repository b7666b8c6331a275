package dev.walletplatform.gateway.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;

/**
 * A client allowed to call the gateway and the SHA-256 (hex) of its bearer token: the token itself
 * is never stored, so a leaked config file does not leak a credential.
 */
public record ClientCredential(
    @JsonProperty("clientId") @NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String clientId,
    @JsonProperty("tokenSha256") @NotNull @Pattern(regexp = "[0-9a-f]{64}") String tokenSha256) {

  public ClientCredential {
    tokenSha256 = tokenSha256 == null ? null : tokenSha256.strip().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "ClientCredential[clientId=" + clientId + ", tokenSha256=" + SecretMasking.MASK + "]";
  }
}
