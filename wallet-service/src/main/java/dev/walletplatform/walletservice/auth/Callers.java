package dev.walletplatform.walletservice.auth;

import dev.walletplatform.auth.Caller;
import jakarta.ws.rs.core.SecurityContext;

/** The caller {@link BearerTokenFilter} verified, for the resources that decide what it may read. */
public final class Callers {
  private Callers() {}

  /** The verified caller; a request that reached a resource without one is refused, never served. */
  public static Caller of(SecurityContext security) {
    if (security != null && security.getUserPrincipal() instanceof Caller caller) {
      return caller;
    }
    throw new UnauthenticatedException(BearerTokenFilter.REFUSAL);
  }
}
