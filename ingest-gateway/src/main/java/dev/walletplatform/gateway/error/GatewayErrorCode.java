package dev.walletplatform.gateway.error;

/**
 * Codes for what the gateway refuses that is not a field of the input: credentials, transport,
 * capacity. Input codes are {@code dev.walletplatform.domain.error.ErrorCode}. Part of the public
 * contract (README, openapi.yaml): add codes, never rename them.
 */
public enum GatewayErrorCode {
  BAD_REQUEST(400, "The request is malformed at the HTTP level (e.g. an unreadable header or body)."),
  JSON_TOO_DEEP(400, "The body nests objects or arrays deeper than limits.maxJsonDepth.", false),
  TOO_MANY_FIELDS(400, "The body has more object members than limits.maxJsonFields.", false),
  UNAUTHENTICATED(401, "No valid bearer token (missing, malformed, expired, forged, or not for this API)."),
  WALLET_NOT_OWNED(403, "The token does not own the wallet the command moves money out of or claims into.", false),
  NOT_FOUND(404, "No such endpoint."),
  METHOD_NOT_ALLOWED(405, "The endpoint exists but not for this HTTP method."),
  NOT_ACCEPTABLE(406, "The client does not accept application/json."),
  PAYLOAD_TOO_LARGE(413, "The body exceeds the configured limit (limits.maxBodyBytes)."),
  UNSUPPORTED_MEDIA_TYPE(415, "The body is not sent as application/json (UTF-8)."),
  RATE_LIMITED(429, "The client, or this gateway in all, is over its request rate; retry after Retry-After.", false),
  INTERNAL_ERROR(500, "An unexpected error; the details carry an error_id to find it in the logs."),
  OVERLOADED(503, "Too many commands are waiting for Kafka on this pod; retry after Retry-After."),
  KAFKA_UNAVAILABLE(503, "Kafka did not acknowledge in time or is known to be down; retry after Retry-After.");

  private final int status;
  private final String description;
  /** Whether a bare status from Jersey or Jetty may be reported with this code. */
  private final boolean forBareStatus;

  GatewayErrorCode(int status, String description) {
    this(status, description, true);
  }

  GatewayErrorCode(int status, String description, boolean forBareStatus) {
    this.status = status;
    this.description = description;
    this.forBareStatus = forBareStatus;
  }

  /**
   * The code for an error that only has a status (Jersey's routing errors, Jetty's own): the first
   * general code with that status; other 4xx are BAD_REQUEST, other 5xx INTERNAL_ERROR. Codes that
   * state a specific reason (WALLET_NOT_OWNED, RATE_LIMITED, ...) are never guessed from a status.
   */
  public static GatewayErrorCode forStatus(int status) {
    for (GatewayErrorCode code : values()) {
      if (code.forBareStatus && code.status == status) {
        return code;
      }
    }
    return status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
  }

  public int status() {
    return status;
  }

  public String description() {
    return description;
  }
}
