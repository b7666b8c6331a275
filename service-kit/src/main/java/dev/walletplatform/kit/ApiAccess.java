package dev.walletplatform.kit;

import dev.walletplatform.kit.auth.apikey.ApiKeyRing;
import dev.walletplatform.kit.config.JwtAuthSettings;

/** Who may call a service's application port, which decides how the kit guards it. */
public sealed interface ApiAccess {
  /**
   * A public port mobile clients call: HTTPS only with modern TLS and HSTS, a bearer JWT of the
   * identity provider on every path but the API description.
   */
  record BearerJwt(JwtAuthSettings jwt) implements ApiAccess {}

  /**
   * An internal port only other services call over the pod network: an API key with {@code scope}
   * on every path.
   */
  record ApiKeys(ApiKeyRing keys, String scope) implements ApiAccess {}
}
