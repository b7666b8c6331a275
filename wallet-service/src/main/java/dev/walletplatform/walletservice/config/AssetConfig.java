package dev.walletplatform.walletservice.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.walletplatform.domain.money.Asset;

/** One entry of {@code assets}: a code and the decimals of its minor unit (BTC 8, ETH 18). */
public record AssetConfig(@JsonProperty("code") String code, @JsonProperty("decimals") Integer decimals) {
  public AssetConfig {
    if (decimals == null) {
      throw new IllegalArgumentException("assets[].decimals is required for asset " + code);
    }
  }

  Asset toAsset() {
    return new Asset(code, decimals);
  }
}
