package dev.walletplatform.gateway.auth;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Authenticates every request before routing, so an anonymous caller learns nothing (not even
 * which paths exist) and never makes the gateway read a body. Only the public paths are exempt.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class BearerTokenFilter implements ContainerRequestFilter {
  /** RFC 6750 token68, bounded so a huge header costs one regex over at most 4 KiB. */
  private static final Pattern BEARER = Pattern.compile("(?i)Bearer ([A-Za-z0-9._~+/-]{1,4096}=*)");

  private final Authenticator authenticator;
  private final Set<String> publicPaths;

  public BearerTokenFilter(Authenticator authenticator, Set<String> publicPaths) {
    this.authenticator = authenticator;
    this.publicPaths = Set.copyOf(publicPaths);
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (isPublic(request)) {
      return;
    }
    List<String> headers = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
    if (headers == null || headers.isEmpty()) {
      throw new UnauthenticatedException("no Authorization header");
    }
    if (headers.size() > 1) {
      throw new UnauthenticatedException("more than one Authorization header");
    }
    var matcher = BEARER.matcher(headers.get(0));
    if (!matcher.matches()) {
      throw new UnauthenticatedException("Authorization is not 'Bearer <token>'");
    }
    AuthenticatedClient client =
        authenticator
            .authenticate(matcher.group(1))
            .orElseThrow(() -> new UnauthenticatedException("unknown token"));
    request.setSecurityContext(new ClientSecurityContext(client, request.getSecurityContext().isSecure()));
  }

  private boolean isPublic(ContainerRequestContext request) {
    String method = request.getMethod();
    return ("GET".equals(method) || "HEAD".equals(method))
        && publicPaths.contains(request.getUriInfo().getPath());
  }

  private record ClientSecurityContext(AuthenticatedClient client, boolean secure) implements SecurityContext {
    @Override
    public Principal getUserPrincipal() {
      return client;
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
