package dev.walletplatform.processors.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.walletplatform.auth.apikey.ApiKeyRing;
import dev.walletplatform.auth.apikey.ConfiguredApiKey;
import java.util.List;

/**
 * The {@code adminAccess} block: the API keys the admin port accepts ({@code metrics:read} for Prometheus,
 * {@code admin} for operators). A key with an empty hash is not issued here; with none issued only
 * the probes ({@code /live}, {@code /ready}) answer.
 */
public record AdminSettings(List<ConfiguredApiKey> apiKeys) {
  @JsonCreator
  public AdminSettings(@JsonProperty("apiKeys") List<ConfiguredApiKey> apiKeys) {
    this.apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
    ring(); // a name or hash listed twice fails the start, not the first request
  }

  public static AdminSettings defaults() {
    return new AdminSettings(null);
  }

  public ApiKeyRing ring() {
    return ConfiguredApiKey.ring(apiKeys);
  }
}
