package dev.walletplatform.walletservice.auth;

import dev.walletplatform.auth.Caller;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** Carries the verified {@link Caller} from the filter to the resources (and to request logs). */
record CallerSecurityContext(Caller caller, boolean secure) implements SecurityContext {
  @Override
  public Principal getUserPrincipal() {
    return caller;
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
    return "Bearer";
  }
}
