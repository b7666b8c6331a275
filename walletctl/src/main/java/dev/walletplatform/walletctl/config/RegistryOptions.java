package dev.walletplatform.walletctl.config;

import dev.walletplatform.schemas.registry.HttpSchemaRegistryClient;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import java.net.URI;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The Confluent-compatible schema registry that issued the ids in the records' wire-format header.
 */
public final class RegistryOptions {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  @Option(
      names = "--registry-url",
      paramLabel = "URL",
      defaultValue = "http://localhost:8085",
      description = "Schema registry (env SCHEMA_REGISTRY_URL). Default: ${DEFAULT-VALUE}")
  private URI registryUrl;

  public SchemaRegistryClient client() {
    return new HttpSchemaRegistryClient(registryUrl, TIMEOUT);
  }

  public URI url() {
    return registryUrl;
  }
}
