package dev.walletplatform.kit.http;

import dev.walletplatform.kit.auth.Caller;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The caller {@link BearerTokenFilter} verified, for the resources that decide what it may touch.
 */
public final class Callers {
  private Callers() {}

  /**
   * The verified caller; a request that reached a resource without one is refused, never served.
   */
  public static Caller of(SecurityContext security) {
    if (security != null && security.getUserPrincipal() instanceof Caller caller) {
      return caller;
    }
    throw BearerTokenFilter.unauthenticated("api");
  }
}
