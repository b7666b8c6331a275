package dev.walletplatform.gateway.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.walletplatform.auth.apikey.ApiKeyRing;
import dev.walletplatform.auth.apikey.ConfiguredApiKey;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code adminAccess.apiKeys}: who may call the admin port beyond the probes — Prometheus with scope
 * {@code metrics:read}, operators with {@code admin}. Only hashes are configured; an entry with an
 * empty hash is a key not issued in this environment. No keys: only {@code /live} and {@code
 * /ready} answer.
 */
public record AdminSettings(List<ConfiguredApiKey> apiKeys) {
  public AdminSettings {
    apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
    Set<String> names = new HashSet<>();
    for (ConfiguredApiKey key : apiKeys) {
      if (!names.add(key.name())) {
        throw new IllegalArgumentException("adminAccess.apiKeys: the name '" + key.name() + "' is listed twice");
      }
    }
  }

  @JsonCreator
  public static AdminSettings fromYaml(@JsonProperty("apiKeys") List<ConfiguredApiKey> apiKeys) {
    return new AdminSettings(apiKeys);
  }

  public static AdminSettings none() {
    return new AdminSettings(List.of());
  }

  /** The issued keys; built at start (two entries with one hash are refused there). */
  public ApiKeyRing ring() {
    return ConfiguredApiKey.ring(apiKeys);
  }
}
