package dev.walletplatform.walletservice.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A client allowed to read, and the SHA-256 of its bearer token. Only the hash is configured, so
 * the YAML and the process memory never hold a usable token.
 *
 * @param tokenSha256 64 hex digits, e.g. {@code printf %s "$TOKEN" | sha256sum}
 */
public record ClientCredential(
    @JsonProperty("clientId") String clientId, @JsonProperty("tokenSha256") String tokenSha256) {
  private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

  public ClientCredential {
    if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
      throw new IllegalArgumentException(
          "auth.clients[].clientId must match " + CLIENT_ID + ", was: " + clientId);
    }
    if (tokenSha256 == null || !SHA256_HEX.matcher(tokenSha256).matches()) {
      // never echo the value: a pasted token instead of its hash would land in the logs
      throw new IllegalArgumentException(
          "auth.clients[" + clientId + "].tokenSha256 must be 64 hex digits (the SHA-256 of the token)");
    }
    tokenSha256 = tokenSha256.toLowerCase(Locale.ROOT);
  }

  public byte[] tokenHash() {
    return HexFormat.of().parseHex(tokenSha256);
  }

  @Override
  public String toString() {
    return "ClientCredential[clientId=" + clientId + ", tokenSha256=****]";
  }
}
