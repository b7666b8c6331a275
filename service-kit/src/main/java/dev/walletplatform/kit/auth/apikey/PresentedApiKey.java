package dev.walletplatform.kit.auth.apikey;

import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Optional;

/** Reads the key a caller presents: exactly one {@code Authorization: ApiKey <key>} header. */
public final class PresentedApiKey {
  private static final String SCHEME = "ApiKey ";

  private PresentedApiKey() {}

  /** The key, or empty when there is no such header, more than one, or another scheme. */
  public static Optional<String> from(@Nullable List<String> authorizationHeaders) {
    if (authorizationHeaders == null || authorizationHeaders.size() != 1) {
      return Optional.empty();
    }
    String header = authorizationHeaders.getFirst();
    if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return Optional.empty();
    }
    return Optional.of(header.substring(SCHEME.length()).trim());
  }
}
