package dev.walletplatform.kit.auth.apikey;

import jakarta.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The configured API keys. A presented key is hashed and compared with every configured hash in
 * constant time, whichever matched, so timing tells nothing about which key or how much of it was
 * right.
 */
public final class ApiKeyRing {
  /** Keys are random strings; anything longer is not one of ours and is not even hashed. */
  public static final int MAX_KEY_LENGTH = 256;

  private final List<ApiKeyCredential> credentials;

  public ApiKeyRing(List<ApiKeyCredential> credentials) {
    Set<String> names = new HashSet<>();
    Set<String> hashes = new HashSet<>();
    for (ApiKeyCredential credential : credentials) {
      if (!names.add(credential.name())) {
        throw new IllegalArgumentException(
            "API key name '" + credential.name() + "' is listed twice");
      }
      if (!hashes.add(credential.sha256())) {
        throw new IllegalArgumentException(
            "API key '"
                + credential.name()
                + "' has the hash of another key;"
                + " one key must identify one holder");
      }
    }
    this.credentials = List.copyOf(credentials);
  }

  public static ApiKeyRing empty() {
    return new ApiKeyRing(List.of());
  }

  public Optional<ApiKeyHolder> authenticate(@Nullable String presentedKey) {
    if (presentedKey == null || presentedKey.isEmpty() || presentedKey.length() > MAX_KEY_LENGTH) {
      return Optional.empty();
    }
    byte[] hash = sha256(presentedKey);
    ApiKeyCredential match = null;
    for (ApiKeyCredential credential : credentials) {
      if (MessageDigest.isEqual(hash, credential.hashBytes())) {
        match = credential;
      }
    }
    return match == null
        ? Optional.empty()
        : Optional.of(new ApiKeyHolder(match.name(), match.scopes()));
  }

  public boolean isEmpty() {
    return credentials.isEmpty();
  }

  /** Hex SHA-256 of a key: what configuration holds. */
  public static String hashOf(String key) {
    return java.util.HexFormat.of().formatHex(sha256(key));
  }

  private static byte[] sha256(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK ships SHA-256", e);
    }
  }
}
