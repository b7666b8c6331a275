package dev.walletplatform.processors.it;

import dev.walletplatform.kit.auth.apikey.ApiKeyRing;

/** The API keys the integration tests' instances issue (ApplierYaml) and the tests present. */
final class ItKeys {
  static final String STATUS = "it-status-key-5f0c2a9e71d4b836";
  static final String METRICS = "it-metrics-key-9a41c07e25bd3f68";
  static final String OPERATOR = "it-operator-key-3e7d18b6c09f2a45";

  /** Known to the status port, but without status:read: answered 403. */
  static final String STATUS_WITHOUT_SCOPE = "it-unscoped-key-b82e60d4f17a9c35";

  private ItKeys() {}

  static String authorization(String key) {
    return "ApiKey " + key;
  }

  static String hash(String key) {
    return ApiKeyRing.hashOf(key);
  }
}
