package dev.walletplatform.walletservice.api;

/**
 * Codes this service answers besides the input codes of {@link
 * dev.walletplatform.domain.error.ErrorCode} (all 400). Public contract: add, never rename.
 */
public enum ServiceErrorCode {
  BAD_REQUEST(400, "The request is malformed in a way no more specific code covers."),
  UNAUTHENTICATED(401, "No bearer token, or one that does not verify (signature, issuer, audience, expiry)."),
  WALLET_NOT_OWNED(403, "The caller's token does not list this wallet among the ones it owns."),
  WALLET_NOT_FOUND(404, "No customer wallet has this id."),
  COMMAND_NOT_FOUND(404, "No command with this id that the caller may see: unknown, another wallet's, or accepted"
      + " and not yet applied."),
  NOT_FOUND(404, "No endpoint has this path."),
  METHOD_NOT_ALLOWED(405, "The endpoint does not support this HTTP method."),
  NOT_ACCEPTABLE(406, "The endpoint cannot answer in a media type the Accept header allows."),
  UNSUPPORTED_MEDIA_TYPE(415, "The endpoint does not read this Content-Type."),
  INTERNAL_ERROR(500, "A bug; the error_id in details finds the logged cause."),
  DATABASE_UNAVAILABLE(503, "The ledger database did not answer in time; retry after Retry-After seconds.");

  private final int status;
  private final String description;

  ServiceErrorCode(int status, String description) {
    this.status = status;
    this.description = description;
  }

  public int status() {
    return status;
  }

  public String description() {
    return description;
  }

  /** The code for a status Jersey or Jetty produced on its own (unknown path, wrong method, bad URI). */
  static ServiceErrorCode forStatus(int status) {
    return switch (status) {
      case 404 -> NOT_FOUND;
      case 405 -> METHOD_NOT_ALLOWED;
      case 406 -> NOT_ACCEPTABLE;
      case 415 -> UNSUPPORTED_MEDIA_TYPE;
      default -> status >= 400 && status < 500 ? BAD_REQUEST : INTERNAL_ERROR;
    };
  }
}
