package dev.walletplatform.processors.app;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.walletplatform.domain.money.Asset;
import dev.walletplatform.domain.money.AssetCatalog;
import dev.walletplatform.ledgerdb.config.DatabaseConfig;
import dev.walletplatform.processors.config.ApplierSettings;
import dev.walletplatform.processors.config.KafkaSettings;
import dev.walletplatform.processors.config.SchemaRegistrySettings;
import io.dropwizard.core.Configuration;
import java.util.List;
import java.util.Objects;

/**
 * The YAML file: Dropwizard's own blocks ({@code server}, {@code logging}, {@code metrics}) plus the
 * applier's, each an immutable record validated when read, so a bad file fails at start naming the key.
 */
public final class StreamProcessorsConfiguration extends Configuration {
  private final KafkaSettings kafka;
  private final SchemaRegistrySettings schemaRegistry;
  private final DatabaseConfig database;
  private final AssetCatalog assets;
  private final ApplierSettings applier;
  private final boolean migrateOnStart;

  @JsonCreator
  public StreamProcessorsConfiguration(
      @JsonProperty("kafka") KafkaSettings kafka,
      @JsonProperty("schemaRegistry") SchemaRegistrySettings schemaRegistry,
      @JsonProperty("database") DatabaseConfig database,
      @JsonProperty("assets") List<Asset> assets,
      @JsonProperty("applier") ApplierSettings applier,
      @JsonProperty("migrateOnStart") Boolean migrateOnStart) {
    this.kafka = Objects.requireNonNull(kafka, "kafka block is required");
    this.schemaRegistry = Objects.requireNonNull(schemaRegistry, "schemaRegistry block is required");
    this.database = Objects.requireNonNull(database, "database block is required");
    this.assets = assets == null || assets.isEmpty() ? AssetCatalog.defaults() : new AssetCatalog(assets);
    this.applier = applier == null ? ApplierSettings.defaults() : applier;
    this.migrateOnStart = migrateOnStart == null || migrateOnStart;
    if (database.poolSize() < kafka.consumerThreads()) {
      // each consumer thread holds one connection for its whole batch transaction
      throw new IllegalArgumentException("database.poolSize (" + database.poolSize()
          + ") must be at least kafka.consumerThreads (" + kafka.consumerThreads() + ")");
    }
  }

  public KafkaSettings kafka() {
    return kafka;
  }

  public SchemaRegistrySettings schemaRegistry() {
    return schemaRegistry;
  }

  public DatabaseConfig database() {
    return database;
  }

  public AssetCatalog assets() {
    return assets;
  }

  public ApplierSettings applier() {
    return applier;
  }

  public boolean migrateOnStart() {
    return migrateOnStart;
  }
}
