package dev.walletplatform.kit.http;

/**
 * The codes every service answers: authentication, ownership, and what HTTP itself refuses
 * (Jersey's routing errors, Jetty's own). Input codes are {@code
 * dev.walletplatform.domain.error.ErrorCode}; service-specific codes are each service's own {@link
 * ApiErrorCode} enum. Public contract: add codes, never rename them.
 */
public enum HttpErrorCode implements ApiErrorCode {
  BAD_REQUEST(
      new Spec(
          400,
          "The request is malformed at the HTTP level (e.g. an unreadable header, path or body).")),
  UNAUTHENTICATED(
      new Spec(
          401,
          "No valid credentials: a bearer token that is missing, malformed, expired, forged or not for"
              + " this API (public ports), or no known API key (internal and admin ports).")),
  FORBIDDEN(new Spec(403, "The API key is known but lacks the scope this path needs.")),
  WALLET_NOT_OWNED(
      new Spec(
          403,
          "The token does not list the wallet the request moves money out of, claims into or reads.")),
  NOT_FOUND(new Spec(404, "No endpoint has this path.")),
  METHOD_NOT_ALLOWED(new Spec(405, "The endpoint exists but not for this HTTP method.")),
  NOT_ACCEPTABLE(
      new Spec(406, "The endpoint cannot answer in a media type the Accept header allows.")),
  PAYLOAD_TOO_LARGE(new Spec(413, "The body exceeds the configured limit.")),
  UNSUPPORTED_MEDIA_TYPE(new Spec(415, "The body is not sent as application/json (UTF-8).")),
  INTERNAL_ERROR(new Spec(500, "An unexpected error; details.error_id finds the logged cause."));

  private final Spec spec;

  HttpErrorCode(Spec spec) {
    this.spec = spec;
  }

  /**
   * The code for an error that has only a status (Jersey's routing errors, Jetty's own). Codes that
   * state a specific reason (WALLET_NOT_OWNED, FORBIDDEN) are never guessed from a status; other
   * 4xx are BAD_REQUEST, other 5xx INTERNAL_ERROR.
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
  public Spec spec() {
    return spec;
  }
}
