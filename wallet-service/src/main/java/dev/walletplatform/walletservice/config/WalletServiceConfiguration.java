package dev.walletplatform.walletservice.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.walletplatform.domain.money.Asset;
import dev.walletplatform.domain.money.AssetCatalog;
import dev.walletplatform.ledgerdb.config.DatabaseConfig;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.server.ServerFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The service's settings. Dropwizard's own keys (server, logging, metrics) stay on the base class;
 * ours are immutable and checked when bound, so a bad value fails at start naming its key.
 */
public final class WalletServiceConfiguration extends Configuration {
  private final DatabaseConfig database;
  private final AssetCatalog assets;
  private final List<AssetConfig> assetList;
  private final AuthConfig auth;
  private final AdminConfig admin;
  private final ReadsConfig reads;
  private final StatusViewConfig statusView;

  /**
   * @param assets null means {@link AssetCatalog#defaults()}; an explicit empty list is an error
   * @param reads null means every default of {@link ReadsConfig}
   * @param admin the admin port's API keys ({@code adminAccess}); null means none issued (only the
   *     probes answer). Dropwizard's own {@code admin} section (health checks, tasks) is separate.
   * @param statusView null means no live view: command status from the database alone
   */
  @JsonCreator
  public WalletServiceConfiguration(
      @JsonProperty("database") DatabaseConfig database,
      @JsonProperty("assets") List<AssetConfig> assets,
      @JsonProperty("auth") AuthConfig auth,
      @JsonProperty("adminAccess") AdminConfig admin,
      @JsonProperty("reads") ReadsConfig reads,
      @JsonProperty("statusView") StatusViewConfig statusView) {
    if (database == null) {
      throw new IllegalArgumentException("database is required (jdbcUrl, username, password)");
    }
    if (auth == null) {
      throw new IllegalArgumentException("auth is required: auth.jwt says whose tokens are trusted");
    }
    this.database = database;
    this.assetList = assets == null ? defaultAssets() : List.copyOf(assets);
    this.assets = catalogOf(assetList);
    this.auth = auth;
    this.admin = admin == null ? AdminConfig.none() : admin;
    this.reads = reads == null ? ReadsConfig.defaults() : reads;
    this.statusView = statusView == null ? StatusViewConfig.disabled() : statusView;
  }

  public DatabaseConfig database() {
    return database;
  }

  public AssetCatalog assetCatalog() {
    return assets;
  }

  public AuthConfig auth() {
    return auth;
  }

  public AdminConfig admin() {
    return admin;
  }

  public ReadsConfig reads() {
    return reads;
  }

  public StatusViewConfig statusView() {
    return statusView;
  }

  /** The public connectors are checked as they are bound: HTTPS with TLS 1.2+ and AEAD suites only. */
  @Override
  @JsonProperty("server")
  public void setServerFactory(ServerFactory factory) {
    TransportPolicy.check(factory);
    super.setServerFactory(factory);
  }

  private static List<AssetConfig> defaultAssets() {
    List<AssetConfig> list = new ArrayList<>();
    for (Asset asset : AssetCatalog.defaults().all()) {
      list.add(new AssetConfig(asset.code(), asset.decimals()));
    }
    return List.copyOf(list);
  }

  private static AssetCatalog catalogOf(List<AssetConfig> configured) {
    try {
      return new AssetCatalog(configured.stream().map(AssetConfig::toAsset).toList());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("assets: " + e.getMessage(), e);
    }
  }

  /** Secrets stay hidden: DatabaseConfig, the API keys and the status view mask theirs; the keystore is not printed. */
  @Override
  public String toString() {
    return "WalletServiceConfiguration[database=" + database + ", assets=" + assetList + ", auth=" + auth
        + ", admin=" + admin + ", reads=" + reads + ", statusView=" + statusView + "]";
  }
}
