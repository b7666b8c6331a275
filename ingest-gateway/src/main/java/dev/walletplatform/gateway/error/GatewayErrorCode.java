package dev.walletplatform.gateway.error;

/**
 * Codes for what the gateway refuses that is not a field of the input: credentials, transport,
 * capacity. Input codes are {@code dev.walletplatform.domain.error.ErrorCode}. Part of the public
 * contract (README, openapi.yaml): add codes, never rename them.
 */
public enum GatewayErrorCode {
  BAD_REQUEST(400, "The request is malformed at the HTTP level (e.g. an unreadable header or body)."),
  UNAUTHENTICATED(401, "No, malformed or unknown bearer token."),
  NOT_FOUND(404, "No such endpoint."),
  METHOD_NOT_ALLOWED(405, "The endpoint exists but not for this HTTP method."),
  NOT_ACCEPTABLE(406, "The client does not accept application/json."),
  PAYLOAD_TOO_LARGE(413, "The body exceeds the configured limit (limits.maxBodyBytes)."),
  UNSUPPORTED_MEDIA_TYPE(415, "The body is not sent as application/json (UTF-8)."),
  INTERNAL_ERROR(500, "An unexpected error; the details carry an error_id to find it in the logs."),
  OVERLOADED(503, "Too many commands are waiting for Kafka on this pod; retry after Retry-After."),
  KAFKA_UNAVAILABLE(503, "Kafka did not acknowledge in time or is known to be down; retry after Retry-After.");

  private final int status;
  private final String description;

  GatewayErrorCode(int status, String description) {
    this.status = status;
    this.description = description;
  }

  /**
   * The code for an error that only has a status (Jersey's routing errors, Jetty's own): the first
   * code with that status; other 4xx are BAD_REQUEST, other 5xx INTERNAL_ERROR.
   */
  public static GatewayErrorCode forStatus(int status) {
    for (GatewayErrorCode code : values()) {
      if (code.status == status) {
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
