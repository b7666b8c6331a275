package dev.walletplatform.kit.http;

/**
 * The codes every service answers: authentication, ownership, and what HTTP itself refuses (Jersey's
 * routing errors, Jetty's own). Input codes are {@code dev.walletplatform.domain.error.ErrorCode};
 * service-specific codes are each service's own {@link ApiErrorCode} enum. Public contract: add codes,
 * never rename them.
 */
public enum HttpErrorCode implements ApiErrorCode {
  BAD_REQUEST(400, "The request is malformed at the HTTP level (e.g. an unreadable header, path or body)."),
  UNAUTHENTICATED(401, "No valid credentials: a bearer token that is missing, malformed, expired, forged or not for"
      + " this API (public ports), or no known API key (internal and admin ports)."),
  FORBIDDEN(403, "The API key is known but lacks the scope this path needs."),
  WALLET_NOT_OWNED(403, "The token does not list the wallet the request moves money out of, claims into or reads."),
  NOT_FOUND(404, "No endpoint has this path."),
  METHOD_NOT_ALLOWED(405, "The endpoint exists but not for this HTTP method."),
  NOT_ACCEPTABLE(406, "The endpoint cannot answer in a media type the Accept header allows."),
  PAYLOAD_TOO_LARGE(413, "The body exceeds the configured limit."),
  UNSUPPORTED_MEDIA_TYPE(415, "The body is not sent as application/json (UTF-8)."),
  INTERNAL_ERROR(500, "An unexpected error; details.error_id finds the logged cause.");

  private final int status;
  private final String description;

  HttpErrorCode(int status, String description) {
    this.status = status;
    this.description = description;
  }

  /**
   * The code for an error that has only a status (Jersey's routing errors, Jetty's own). Codes that
   * state a specific reason (WALLET_NOT_OWNED, FORBIDDEN) are never guessed from a status; other 4xx
   * are BAD_REQUEST, other 5xx INTERNAL_ERROR.
   */
  public static HttpErrorCode forStatus(int status) {
    return switch (status) {
      case 401 -> UNAUTHENTICATED;
      case 404 -> NOT_FOUND;
      case 405 -> METHOD_NOT_ALLOWED;
      case 406 -> NOT_ACCEPTABLE;
      case 413 -> PAYLOAD_TOO_LARGE;
      case 415 -> UNSUPPORTED_MEDIA_TYPE;
      default -> status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
    };
  }

  @Override
  public int status() {
    return status;
  }

  @Override
  public String description() {
    return description;
  }
}
