package dev.walletplatform.walletservice.auth;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Locale;
import java.util.Set;

/**
 * Requires {@code Authorization: Bearer <token>} of a configured client on every path except the
 * public API description. Pre-matching, so unknown paths answer 401 too and an anonymous caller
 * learns nothing about which wallets or routes exist.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class BearerTokenFilter implements ContainerRequestFilter {
  private static final Set<String> PUBLIC_PATHS = Set.of("openapi.yaml");
  private static final String SCHEME = "bearer ";

  private final TokenVerifier verifier;

  public BearerTokenFilter(TokenVerifier verifier) {
    this.verifier = verifier;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (PUBLIC_PATHS.contains(request.getUriInfo().getPath(true))) {
      return;
    }
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null) {
      throw new UnauthenticatedException("an Authorization: Bearer <token> header is required");
    }
    if (header.length() <= SCHEME.length()
        || !header.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
      throw new UnauthenticatedException("the Authorization header must use the Bearer scheme");
    }
    String clientId =
        verifier
            .clientFor(header.substring(SCHEME.length()).trim())
            .orElseThrow(() -> new UnauthenticatedException("the bearer token is not valid"));
    request.setSecurityContext(new ClientSecurityContext(clientId, request.getSecurityContext().isSecure()));
  }

  /** Lets resources and request logs see which client called. */
  private record ClientSecurityContext(String clientId, boolean secure) implements SecurityContext {
    @Override
    public Principal getUserPrincipal() {
      return () -> clientId;
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
}
