package dev.walletplatform.kit.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.walletplatform.kit.auth.apikey.ApiKeyRing;
import dev.walletplatform.kit.auth.apikey.ConfiguredApiKey;
import java.util.List;

/**
 * {@code adminAccess}: who may call the admin port beyond the probes — Prometheus with scope {@code
 * metrics:read}, operators with {@code admin}. Only hashes are configured; an entry with an empty
 * hash is a key not issued in this environment. No keys: only {@code /live} and {@code /ready}
 * answer.
 *
 * @param apiKeys the keys; a name or hash listed twice fails the start, not the first request
 */
public record AdminAccessSettings(List<ConfiguredApiKey> apiKeys) {
  public AdminAccessSettings {
    apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
    try {
      ConfiguredApiKey.ring(apiKeys);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("adminAccess.apiKeys: " + e.getMessage(), e);
    }
  }

  @JsonCreator
  public static AdminAccessSettings fromYaml(
      @JsonProperty("apiKeys") List<ConfiguredApiKey> apiKeys) {
    return new AdminAccessSettings(apiKeys);
  }

  /** No key issued: the admin port answers the probes only. */
  public static AdminAccessSettings none() {
    return new AdminAccessSettings(List.of());
  }

  /** The issued keys. */
  public ApiKeyRing ring() {
    return ConfiguredApiKey.ring(apiKeys);
  }
}
