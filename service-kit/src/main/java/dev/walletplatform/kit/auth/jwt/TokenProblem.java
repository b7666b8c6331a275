package dev.walletplatform.kit.auth.jwt;

/**
 * Why a token was refused. Callers only ever see "invalid token" (401): telling an attacker which
 * check failed helps them; the problem goes to logs and metrics instead.
 */
public enum TokenProblem {
  /** Not a compact JWS, or a claim of the wrong type. */
  MALFORMED,
  /** Longer than the configured maximum: refused before any parsing. */
  TOO_LONG,
  /**
   * An algorithm other than RS256/ES256 (including {@code none} and HMAC), or a foreign {@code
   * typ}.
   */
  DISALLOWED_HEADER,
  /** No key in the JWKS has the token's {@code kid}, even after a refresh. */
  UNKNOWN_KEY,
  /** The signature does not verify: tampered or forged. */
  BAD_SIGNATURE,
  EXPIRED,
  NOT_YET_VALID,
  WRONG_ISSUER,
  WRONG_AUDIENCE,
  /** {@code sub}, {@code exp} or {@code iat} absent. */
  MISSING_CLAIM,
  /** More wallets in the {@code wallets} claim than allowed, or a wallet id that is not one. */
  BAD_WALLETS_CLAIM,
  /** The JWKS could not be loaded: not the caller's fault, but the token cannot be trusted. */
  KEYS_UNAVAILABLE
}
