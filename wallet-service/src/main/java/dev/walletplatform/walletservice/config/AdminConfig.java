package dev.walletplatform.walletservice.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.walletplatform.auth.apikey.ApiKeyRing;
import dev.walletplatform.auth.apikey.ConfiguredApiKey;
import java.util.List;

/**
 * {@code adminAccess}: the API keys of the admin port (Prometheus with {@code metrics:read}, operators with
 * {@code admin}). Only hashes are configured; an entry with an empty hash is a key this environment
 * does not issue. With none issued only the probes answer.
 */
public record AdminConfig(@JsonProperty("apiKeys") List<ConfiguredApiKey> apiKeys) {
  public AdminConfig {
    apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
    try {
      ConfiguredApiKey.ring(apiKeys); // duplicate names or hashes fail the start, not the first request
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("adminAccess.apiKeys: " + e.getMessage(), e);
    }
  }

  public static AdminConfig none() {
    return new AdminConfig(List.of());
  }

  public ApiKeyRing ring() {
    return ConfiguredApiKey.ring(apiKeys);
  }
}
