package dev.walletplatform.walletservice.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.walletplatform.domain.money.AssetCatalog;
import dev.walletplatform.kit.ApiAccess;
import dev.walletplatform.kit.PublicServiceConfiguration;
import dev.walletplatform.kit.config.AdminAccessSettings;
import dev.walletplatform.kit.config.AssetSettings;
import dev.walletplatform.kit.config.AuthSettings;
import dev.walletplatform.kit.tracing.TracingSettings;
import dev.walletplatform.ledgerdb.config.DatabaseSettings;
import java.util.List;

/**
 * The service's settings. Dropwizard's own keys (server, logging, metrics) stay on the base class;
 * ours are immutable and checked when bound, so a bad value fails at start naming its key.
 */
public final class WalletServiceConfiguration extends PublicServiceConfiguration {
  private final DatabaseSettings database;
  private final AssetCatalog assets;
  private final List<AssetSettings> assetList;
  private final AuthSettings auth;
  private final AdminAccessSettings admin;
  private final ReadsSettings reads;
  private final StatusViewSettings statusView;
  private final TracingSettings tracing;

  /**
   * @param assets null means {@link AssetCatalog#defaults()}; an explicit empty list is an error
   * @param reads null means every default of {@link ReadsSettings}
   * @param admin the admin port's API keys ({@code adminAccess}); null means none issued (only the
   *     probes answer). Dropwizard's own {@code admin} section (health checks, tasks) is separate.
   * @param statusView null means no live view: command status from the database alone
   * @param tracing null means {@link TracingSettings#defaults()}: spans made, none exported
   */
  @JsonCreator
  public WalletServiceConfiguration(
      @JsonProperty("database") DatabaseSettings database,
      @JsonProperty("assets") List<AssetSettings> assets,
      @JsonProperty("auth") AuthSettings auth,
      @JsonProperty("adminAccess") AdminAccessSettings admin,
      @JsonProperty("reads") ReadsSettings reads,
      @JsonProperty("statusView") StatusViewSettings statusView,
      @JsonProperty("tracing") TracingSettings tracing) {
    if (database == null) {
      throw new IllegalArgumentException("database is required (jdbcUrl, username, password)");
    }
    if (auth == null) {
      throw new IllegalArgumentException(
          "auth is required: auth.jwt says whose tokens are trusted");
    }
    this.database = database;
    this.assets = AssetSettings.catalog(assets);
    this.assetList = this.assets.all().stream().map(AssetSettings::of).toList();
    this.auth = auth;
    this.admin = admin == null ? AdminAccessSettings.none() : admin;
    this.reads = reads == null ? ReadsSettings.defaults() : reads;
    this.statusView = statusView == null ? StatusViewSettings.disabled() : statusView;
    this.tracing = tracing == null ? TracingSettings.defaults() : tracing;
  }

  @Override
  public TracingSettings tracing() {
    return tracing;
  }

  public DatabaseSettings database() {
    return database;
  }

  public AssetCatalog assetCatalog() {
    return assets;
  }

  public AuthSettings auth() {
    return auth;
  }

  @Override
  public AdminAccessSettings adminAccess() {
    return admin;
  }

  /** Mobile callers: bearer JWTs of the identity provider over hardened HTTPS. */
  @Override
  public ApiAccess apiAccess() {
    return new ApiAccess.BearerJwt(auth.jwt());
  }

  public ReadsSettings reads() {
    return reads;
  }

  public StatusViewSettings statusView() {
    return statusView;
  }

  /**
   * Secrets stay hidden: DatabaseSettings, the API keys and the status view mask theirs; the
   * keystore is not printed.
   */
  @Override
  public String toString() {
    return "WalletServiceConfiguration[database="
        + database
        + ", assets="
        + assetList
        + ", auth="
        + auth
        + ", admin="
        + admin
        + ", reads="
        + reads
        + ", statusView="
        + statusView
        + ", tracing="
        + tracing
        + "]";
  }
}
