package dev.walletplatform.kit.auth.apikey;

import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A configured API key: who holds it, the SHA-256 of the key (the key itself is never configured,
 * so a leaked config grants nothing), and what it may do.
 *
 * @param scopes e.g. {@code metrics:read}, {@code admin}, {@code status:read}
 */
public record ApiKeyCredential(String name, String sha256, Set<String> scopes) {
  private static final Pattern SCOPE =
      Pattern.compile("[a-z][a-z0-9_-]{0,31}(:[a-z][a-z0-9_-]{0,31})?");

  public ApiKeyCredential {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("an API key needs a name (who holds it)");
    }
    Objects.requireNonNull(sha256, "sha256");
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException(
          "API key '" + name + "': sha256 must be 64 lowercase hex digits");
    }
    scopes = Set.copyOf(scopes);
    if (scopes.isEmpty()) {
      throw new IllegalArgumentException(
          "API key '" + name + "' has no scopes: it could do nothing");
    }
    for (String scope : scopes) {
      if (!SCOPE.matcher(scope).matches()) {
        throw new IllegalArgumentException("API key '" + name + "': bad scope '" + scope + "'");
      }
    }
  }

  byte[] hashBytes() {
    return HexFormat.of().parseHex(sha256);
  }

  @Override
  public String toString() {
    return "ApiKeyCredential[name="
        + name
        + ", sha256="
        + sha256.substring(0, 8)
        + "…, scopes="
        + scopes
        + "]";
  }
}
