package dev.walletplatform.domain.money;

import dev.walletplatform.domain.error.ErrorCode;
import dev.walletplatform.domain.error.InvalidInputException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The configured, immutable list of assets; the one place that says which assets exist. */
public final class AssetCatalog {
  private final Map<String, Asset> byCode;

  public AssetCatalog(Collection<Asset> assets) {
    Map<String, Asset> map = new LinkedHashMap<>();
    for (Asset asset : assets) {
      if (map.putIfAbsent(asset.code(), asset) != null) {
        throw new IllegalArgumentException("asset " + asset.code() + " is listed twice");
      }
    }
    if (map.isEmpty()) {
      throw new IllegalArgumentException("the asset catalog needs at least one asset");
    }
    this.byCode = Map.copyOf(map);
  }

  /** BTC (8 decimals), ETH (18) and USDC (6): the local and test default. */
  public static AssetCatalog defaults() {
    return new AssetCatalog(
        java.util.List.of(new Asset("BTC", 8), new Asset("ETH", 18), new Asset("USDC", 6)));
  }

  public Optional<Asset> find(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  /** The asset, or an {@link ErrorCode#UNKNOWN_ASSET} error naming the field. */
  public Asset require(String code, String field) {
    return find(code)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    ErrorCode.UNKNOWN_ASSET,
                    field,
                    "unknown asset '"
                        + code
                        + "'; known: "
                        + byCode.keySet().stream().sorted().toList()));
  }

  public Collection<Asset> all() {
    return byCode.values();
  }
}
