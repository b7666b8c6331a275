package dev.walletplatform.processors.app;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.walletplatform.domain.money.AssetCatalog;
import dev.walletplatform.kit.ApiAccess;
import dev.walletplatform.kit.ServiceKitConfiguration;
import dev.walletplatform.kit.config.AdminAccessSettings;
import dev.walletplatform.kit.config.AssetSettings;
import dev.walletplatform.kit.tracing.TracingSettings;
import dev.walletplatform.ledgerdb.config.DatabaseSettings;
import dev.walletplatform.processors.config.ApplierSettings;
import dev.walletplatform.processors.config.KafkaSettings;
import dev.walletplatform.processors.config.SchemaRegistrySettings;
import dev.walletplatform.processors.config.ScreeningSettings;
import dev.walletplatform.processors.config.StatusViewSettings;
import dev.walletplatform.processors.config.StreamsSettings;
import io.dropwizard.core.Configuration;
import java.util.List;
import java.util.Objects;

/**
 * The YAML file: Dropwizard's own blocks ({@code server}, {@code logging}, {@code metrics}) plus
 * the applier's, the Kafka Streams topologies' and the admin port's keys ({@code
 * adminAccess.apiKeys}), each an immutable record validated when read, so a bad file fails at start
 * naming the key.
 */
public final class StreamProcessorsConfiguration extends Configuration
    implements ServiceKitConfiguration {
  private final KafkaSettings kafka;
  private final SchemaRegistrySettings schemaRegistry;
  private final DatabaseSettings database;
  private final AssetCatalog assets;
  private final ApplierSettings applier;
  private final boolean migrateOnStart;
  private final StreamsSettings streams;
  private final ScreeningSettings screening;
  private final StatusViewSettings statusView;
  private final AdminAccessSettings admin;
  private final TracingSettings tracing;

  /**
   * @param database required while the applier is enabled
   * @param tracing null means {@link TracingSettings#defaults()}: spans made, none exported
   */
  @JsonCreator
  public StreamProcessorsConfiguration(
      @JsonProperty("kafka") KafkaSettings kafka,
      @JsonProperty("schemaRegistry") SchemaRegistrySettings schemaRegistry,
      @JsonProperty("database") DatabaseSettings database,
      @JsonProperty("assets") List<AssetSettings> assets,
      @JsonProperty("applier") ApplierSettings applier,
      @JsonProperty("migrateOnStart") Boolean migrateOnStart,
      @JsonProperty("streams") StreamsSettings streams,
      @JsonProperty("screening") ScreeningSettings screening,
      @JsonProperty("statusView") StatusViewSettings statusView,
      @JsonProperty("adminAccess") AdminAccessSettings admin,
      @JsonProperty("tracing") TracingSettings tracing) {
    this.kafka = Objects.requireNonNull(kafka, "kafka block is required");
    this.schemaRegistry =
        Objects.requireNonNull(schemaRegistry, "schemaRegistry block is required");
    this.assets = AssetSettings.catalog(assets);
    this.applier = applier == null ? ApplierSettings.defaults() : applier;
    this.migrateOnStart = migrateOnStart == null || migrateOnStart;
    // on unless switched off: without the topologies nothing would feed the applier's screened
    // topic
    this.streams = streams == null ? StreamsSettings.defaults() : streams;
    this.screening = screening == null ? ScreeningSettings.defaults() : screening;
    this.statusView = statusView == null ? StatusViewSettings.defaults() : statusView;
    // no block: no key issued, so the admin port answers the probes only
    this.admin = admin == null ? AdminAccessSettings.none() : admin;
    this.tracing = tracing == null ? TracingSettings.defaults() : tracing;
    if (!this.applier.enabled() && !this.streams.enabled()) {
      throw new IllegalArgumentException(
          "applier.enabled and streams.enabled are both false: nothing to run");
    }
    this.database =
        this.applier.enabled()
            ? Objects.requireNonNull(database, "database block is required")
            : database;
    if (this.applier.enabled() && database.poolSize() < kafka.consumerThreads()) {
      // each consumer thread holds one connection for its whole batch transaction
      throw new IllegalArgumentException(
          "database.poolSize ("
              + database.poolSize()
              + ") must be at least kafka.consumerThreads ("
              + kafka.consumerThreads()
              + ")");
    }
  }

  public KafkaSettings kafka() {
    return kafka;
  }

  public SchemaRegistrySettings schemaRegistry() {
    return schemaRegistry;
  }

  public DatabaseSettings database() {
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

  public StreamsSettings streams() {
    return streams;
  }

  public ScreeningSettings screening() {
    return screening;
  }

  public StatusViewSettings statusView() {
    return statusView;
  }

  @Override
  public AdminAccessSettings adminAccess() {
    return admin;
  }

  /**
   * The status port: the wallet service and the other instances, with a key of scope status:read.
   */
  @Override
  public ApiAccess apiAccess() {
    return new ApiAccess.ApiKeys(statusView.callerRing(), StatusViewSettings.READ_SCOPE);
  }

  @Override
  public TracingSettings tracing() {
    return tracing;
  }

  @Override
  public double maxHeapAfterGc() {
    return applier.maxHeapAfterGc();
  }
}
