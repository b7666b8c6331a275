package dev.walletplatform.gateway.auth;

import dev.walletplatform.gateway.error.GatewayErrorCode;
import dev.walletplatform.gateway.error.GatewayException;
import java.util.Map;

/**
 * A 401: no valid bearer token. One message for every cause — missing, malformed, expired,
 * forged, another issuer or audience — so the answer tells an attacker nothing about which check
 * failed; {@link BearerTokenFilter} logs and counts the cause.
 */
public final class UnauthenticatedException extends GatewayException {
  private static final long serialVersionUID = 1L;

  /** Sent with every 401 (RFC 6750) so clients know which scheme to use. */
  public static final String CHALLENGE = "Bearer realm=\"wallet-gateway\"";

  public UnauthenticatedException() {
    super(GatewayErrorCode.UNAUTHENTICATED, "a valid bearer token of the identity provider is required", Map.of());
  }
}
