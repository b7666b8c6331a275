package dev.walletplatform.kit.http;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** Carries the authenticated principal from the filter to the resources (and to request logs). */
record CallerSecurityContext(Principal principal, String scheme, boolean secure)
    implements SecurityContext {
  @Override
  public Principal getUserPrincipal() {
    return principal;
  }

  @Override
  public boolean isUserInRole(String role) {
    return false;
  }

  @Override
  public boolean isSecure() {
    return secure;
  }

  @Override
  public String getAuthenticationScheme() {
    return scheme;
  }
}
