package dev.walletplatform.gateway.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.walletplatform.domain.money.AssetCatalog;
import dev.walletplatform.kit.ApiAccess;
import dev.walletplatform.kit.PublicServiceConfiguration;
import dev.walletplatform.kit.config.AdminAccessSettings;
import dev.walletplatform.kit.config.AssetSettings;
import dev.walletplatform.kit.config.AuthSettings;
import dev.walletplatform.kit.tracing.TracingSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The gateway's YAML root. Dropwizard's base class is a mutable bean; every section below it is an
 * immutable record, validated at start so a bad value stops the process instead of a request.
 */
public class GatewayConfiguration extends PublicServiceConfiguration {
  @Valid @NotNull private KafkaSettings kafka;
  @Valid @NotNull private SchemaRegistrySettings schemaRegistry;
  @Valid @NotNull private AuthSettings auth;
  @Valid @NotNull private AdminAccessSettings admin = AdminAccessSettings.none();
  @Valid @NotNull private LimitSettings limits = LimitSettings.defaults();
  @Valid @NotNull private RateLimitSettings rateLimits = RateLimitSettings.defaults();
  @Valid @NotNull private IdempotencySettings idempotency = IdempotencySettings.defaults();
  @Valid @NotNull private CircuitBreakerSettings circuitBreaker = CircuitBreakerSettings.defaults();
  @NotNull private TracingSettings tracing = TracingSettings.defaults();

  @Valid @NotEmpty
  private List<AssetSettings> assets =
      AssetCatalog.defaults().all().stream().map(AssetSettings::of).toList();

  private AssetCatalog assetCatalog = AssetCatalog.defaults();

  @JsonProperty("kafka")
  public KafkaSettings getKafka() {
    return kafka;
  }

  @JsonProperty("kafka")
  public void setKafka(KafkaSettings kafka) {
    this.kafka = kafka;
  }

  @JsonProperty("schemaRegistry")
  public SchemaRegistrySettings getSchemaRegistry() {
    return schemaRegistry;
  }

  @JsonProperty("schemaRegistry")
  public void setSchemaRegistry(SchemaRegistrySettings schemaRegistry) {
    this.schemaRegistry = schemaRegistry;
  }

  @JsonProperty("auth")
  public AuthSettings getAuth() {
    return auth;
  }

  @JsonProperty("auth")
  public void setAuth(AuthSettings auth) {
    this.auth = auth;
  }

  @Override
  @JsonProperty("adminAccess")
  public AdminAccessSettings adminAccess() {
    return admin;
  }

  @JsonProperty("adminAccess")
  public void setAdminAccess(AdminAccessSettings admin) {
    this.admin = admin;
  }

  /** Mobile callers: bearer JWTs of the identity provider over hardened HTTPS. */
  @Override
  public ApiAccess apiAccess() {
    return new ApiAccess.BearerJwt(auth.jwt());
  }

  @JsonProperty("rateLimits")
  public RateLimitSettings getRateLimits() {
    return rateLimits;
  }

  @JsonProperty("rateLimits")
  public void setRateLimits(RateLimitSettings rateLimits) {
    this.rateLimits = rateLimits;
  }

  @JsonProperty("limits")
  public LimitSettings getLimits() {
    return limits;
  }

  @JsonProperty("limits")
  public void setLimits(LimitSettings limits) {
    this.limits = limits;
  }

  @JsonProperty("idempotency")
  public IdempotencySettings getIdempotency() {
    return idempotency;
  }

  @JsonProperty("idempotency")
  public void setIdempotency(IdempotencySettings idempotency) {
    this.idempotency = idempotency;
  }

  @JsonProperty("circuitBreaker")
  public CircuitBreakerSettings getCircuitBreaker() {
    return circuitBreaker;
  }

  @JsonProperty("circuitBreaker")
  public void setCircuitBreaker(CircuitBreakerSettings circuitBreaker) {
    this.circuitBreaker = circuitBreaker;
  }

  @Override
  @JsonProperty("tracing")
  public TracingSettings tracing() {
    return tracing;
  }

  @JsonProperty("tracing")
  public void setTracing(TracingSettings tracing) {
    this.tracing = tracing;
  }

  @JsonProperty("assets")
  public List<AssetSettings> getAssets() {
    return assets;
  }

  /** Builds the catalog right away so a duplicate asset fails while the YAML is read. */
  @JsonProperty("assets")
  public void setAssets(List<AssetSettings> assets) {
    this.assets = List.copyOf(assets);
    this.assetCatalog = AssetSettings.catalog(this.assets);
  }

  public AssetCatalog assetCatalog() {
    return assetCatalog;
  }
}
