package dev.walletplatform.kit.auth.jwt;

import java.util.Optional;

/**
 * Reads {@code Authorization: Bearer <token>} (RFC 6750: the scheme in any case, one space, a
 * token68). A plain loop rather than a case-insensitive regex: it runs on every request, and the
 * regex over a 600-character token cost the gateway 5% of its CPU.
 */
public final class BearerToken {
  private static final String SCHEME = "Bearer ";

  /**
   * The longest token any verifier may be configured to read ({@link
   * JwtSettings#maxTokenLength()}).
   */
  private static final int MAX_LENGTH = 16_384;

  private BearerToken() {}

  /**
   * The token, or empty when the value is not the Bearer scheme followed by a well-formed token68.
   */
  public static Optional<String> from(String authorization) {
    if (authorization == null
        || authorization.length() <= SCHEME.length()
        || authorization.length() > SCHEME.length() + MAX_LENGTH
        || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return Optional.empty();
    }
    int end = authorization.length();
    int padding = end;
    while (padding > SCHEME.length() && authorization.charAt(padding - 1) == '=') {
      padding--;
    }
    if (padding == SCHEME.length()) {
      return Optional.empty();
    }
    for (int i = SCHEME.length(); i < padding; i++) {
      if (!isToken68(authorization.charAt(i))) {
        return Optional.empty();
      }
    }
    return Optional.of(authorization.substring(SCHEME.length()));
  }

  private static boolean isToken68(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~'
        || c == '+'
        || c == '/';
  }
}
