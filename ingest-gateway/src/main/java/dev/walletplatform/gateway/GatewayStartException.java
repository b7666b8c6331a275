package dev.walletplatform.gateway;

/** The gateway could not start (bad configuration, port in use, unreadable keystore). */
public final class GatewayStartException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GatewayStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
