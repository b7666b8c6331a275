package dev.walletplatform.processors.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import java.net.URI;

/** The {@code schemaRegistry} block: any Confluent-compatible registry; {@code timeout} e.g. 5s. */
public record SchemaRegistrySettings(URI url, Duration timeout) {
  @JsonCreator
  public SchemaRegistrySettings(
      @JsonProperty("url") String url, @JsonProperty("timeout") Duration timeout) {
    this(url == null ? null : URI.create(url), timeout == null ? Duration.seconds(5) : timeout);
  }

  public SchemaRegistrySettings {
    if (url == null || url.getScheme() == null || !url.getScheme().startsWith("http")) {
      throw new IllegalArgumentException("schemaRegistry.url must be an http(s) URL, was: " + url);
    }
    if (timeout.toNanoseconds() <= 0) {
      throw new IllegalArgumentException(
          "schemaRegistry.timeout must be positive, was: " + timeout);
    }
  }
}
