package dev.walletplatform.gateway.auth;

import dev.walletplatform.gateway.error.GatewayErrorCode;
import dev.walletplatform.gateway.error.GatewayException;
import java.util.Map;

/** A 401: no bearer token, a malformed Authorization header, or a token no client owns. */
public final class UnauthenticatedException extends GatewayException {
  private static final long serialVersionUID = 1L;

  /** Sent with every 401 (RFC 6750) so clients know which scheme to use. */
  public static final String CHALLENGE = "Bearer realm=\"wallet-gateway\"";

  public UnauthenticatedException(String reason) {
    super(GatewayErrorCode.UNAUTHENTICATED, "authentication required: " + reason, Map.of("reason", reason));
  }
}
