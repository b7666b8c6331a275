package dev.walletplatform.gateway.auth;

import java.util.Optional;

/**
 * Verifies a bearer token. The static-token implementation is the spine; a JWT verifier replaces it
 * without touching the filter or the endpoints.
 */
public interface Authenticator {
  /** The client the token belongs to, or empty when the token is unknown, expired or forged. */
  Optional<AuthenticatedClient> authenticate(String bearerToken);
}
