package dev.walletplatform.kit.http;

/**
 * A 401: no valid credentials. One message for every cause — missing, malformed, expired, forged,
 * another issuer or audience, an unknown API key — so the answer tells an attacker nothing about
 * which check failed; the filters log and count the cause. The challenge (RFC 6750, RFC 9110
 * §11.6.1) tells a client which scheme to use.
 */
final class UnauthenticatedException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final String challenge;

  public UnauthenticatedException(String message, String scheme, String realm) {
    super(HttpErrorCode.UNAUTHENTICATED, message);
    this.challenge = scheme + " realm=\"" + realm + "\"";
  }

  /** The {@code WWW-Authenticate} value, e.g. {@code Bearer realm="ingest-gateway"}. */
  public String challenge() {
    return challenge;
  }
}
