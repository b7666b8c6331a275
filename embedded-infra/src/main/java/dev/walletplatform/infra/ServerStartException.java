package dev.walletplatform.infra;

/**
 * A server (Kafka node, PostgreSQL) did not come up. The message names the server, its ports and
 * ends with the tail of its log, since that is where the reason is.
 */
public class ServerStartException extends InfraException {
  private static final long serialVersionUID = 1L;

  public ServerStartException(String message) {
    super(message);
  }

  public ServerStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
