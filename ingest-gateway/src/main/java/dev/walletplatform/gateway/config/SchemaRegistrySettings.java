package dev.walletplatform.gateway.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Where the Confluent-compatible schema registry is. It is called once per process (the schema id
 * is cached), so its timeout only bounds the first command after start.
 */
public record SchemaRegistrySettings(
    @NotNull URI url,
    @MinDuration(value = 100, unit = TimeUnit.MILLISECONDS)
        @MaxDuration(value = 1, unit = TimeUnit.MINUTES)
        Duration timeout) {

  static final Duration DEFAULT_TIMEOUT = Duration.seconds(5);

  public SchemaRegistrySettings {
    Objects.requireNonNull(timeout, "schemaRegistry.timeout");
    if (url != null && !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
      throw new IllegalArgumentException(
          "schemaRegistry.url must be http(s), was: " + withoutUserInfo(url));
    }
  }

  @JsonCreator
  public static SchemaRegistrySettings fromYaml(
      @JsonProperty("url") URI url, @JsonProperty("timeout") Duration timeout) {
    return new SchemaRegistrySettings(url, Objects.requireNonNullElse(timeout, DEFAULT_TIMEOUT));
  }

  /** The URL may carry basic-auth credentials: never print them. */
  @Override
  public String toString() {
    return "SchemaRegistrySettings[url=" + withoutUserInfo(url) + ", timeout=" + timeout + "]";
  }

  private static String withoutUserInfo(URI uri) {
    if (uri == null || uri.getRawUserInfo() == null) {
      return String.valueOf(uri);
    }
    return String.valueOf(uri).replace(uri.getRawUserInfo() + "@", SecretMasking.MASK + "@");
  }
}
