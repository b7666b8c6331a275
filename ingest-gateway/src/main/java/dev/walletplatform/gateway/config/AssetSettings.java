package dev.walletplatform.gateway.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.walletplatform.domain.money.Asset;

/** One configured asset: its code and the decimals of its minor unit (BTC 8, ETH 18). */
public record AssetSettings(@JsonProperty("code") String code, @JsonProperty("decimals") int decimals) {
  public AssetSettings {
    // The domain's own rules (code alphabet, 0..18 decimals) checked while the YAML is read, so the
    // error names the entry instead of surfacing at the first request.
    new Asset(code, decimals);
  }

  public Asset toAsset() {
    return new Asset(code, decimals);
  }

  public static AssetSettings of(Asset asset) {
    return new AssetSettings(asset.code(), asset.decimals());
  }
}
