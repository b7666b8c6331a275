package dev.walletplatform.kit.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.walletplatform.domain.money.Asset;
import dev.walletplatform.domain.money.AssetCatalog;
import java.util.List;

/**
 * One entry of {@code assets}: a code and the decimals of its minor unit (BTC 8, ETH 18), the same
 * list in every service. The domain's rules (code alphabet, 0..18 decimals) are checked while the
 * YAML is read, so the error names the entry instead of surfacing at the first request.
 */
public record AssetSettings(String code, int decimals) {
  public AssetSettings {
    toAsset(code, decimals);
  }

  @JsonCreator
  public static AssetSettings fromYaml(
      @JsonProperty("code") String code, @JsonProperty("decimals") Integer decimals) {
    if (decimals == null) {
      throw new IllegalArgumentException("assets[].decimals is required for asset " + code);
    }
    return new AssetSettings(code, decimals);
  }

  public Asset toAsset() {
    return toAsset(code, decimals);
  }

  public static AssetSettings of(Asset asset) {
    return new AssetSettings(asset.code(), asset.decimals());
  }

  /**
   * The catalog of a configured {@code assets} list; null (the key left out) means {@link
   * AssetCatalog#defaults()}, an explicit empty list is an error.
   */
  public static AssetCatalog catalog(List<AssetSettings> configured) {
    if (configured == null) {
      return AssetCatalog.defaults();
    }
    try {
      return new AssetCatalog(configured.stream().map(AssetSettings::toAsset).toList());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("assets: " + e.getMessage(), e);
    }
  }

  private static Asset toAsset(String code, int decimals) {
    try {
      return new Asset(code, decimals);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("assets[" + code + "]: " + e.getMessage(), e);
    }
  }
}
