package dev.walletplatform.gateway.auth;

import com.codahale.metrics.MetricRegistry;
import dev.walletplatform.auth.Caller;
import dev.walletplatform.auth.jwt.BearerToken;
import dev.walletplatform.auth.jwt.InvalidTokenException;
import dev.walletplatform.auth.jwt.JwtVerifier;
import dev.walletplatform.auth.jwt.TokenProblem;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates every request before routing, so an anonymous caller learns nothing (not even
 * which paths exist) and never makes the gateway read a body. The bearer token is a JWT of the
 * identity provider, verified by service-auth's {@link JwtVerifier}; the {@link Caller} it yields
 * is the request's principal. Only the public paths are exempt.
 *
 * <p>Every refusal is the same 401: which check failed (expired, forged, wrong audience...) would
 * help an attacker, so it goes to the debug log and the {@code ingest-gateway.auth.refused.*}
 * meters only.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class BearerTokenFilter implements ContainerRequestFilter {
  private static final Logger LOG = LoggerFactory.getLogger(BearerTokenFilter.class);

  private final JwtVerifier verifier;
  private final Set<String> publicPaths;
  private final MetricRegistry metrics;

  public BearerTokenFilter(JwtVerifier verifier, Set<String> publicPaths, MetricRegistry metrics) {
    this.verifier = verifier;
    this.publicPaths = Set.copyOf(publicPaths);
    this.metrics = metrics;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (isPublic(request)) {
      return;
    }
    Caller caller = authenticate(request.getHeaders().get(HttpHeaders.AUTHORIZATION));
    request.setSecurityContext(new CallerSecurityContext(caller, request.getSecurityContext().isSecure()));
  }

  private Caller authenticate(List<String> headers) {
    if (headers == null || headers.isEmpty()) {
      throw refused("NO_TOKEN", "no Authorization header");
    }
    if (headers.size() > 1) {
      throw refused("NO_TOKEN", "more than one Authorization header");
    }
    String token = BearerToken.from(headers.get(0))
        .orElseThrow(() -> refused("NO_TOKEN", "Authorization is not 'Bearer <token>'"));
    try {
      return verifier.verify(token);
    } catch (InvalidTokenException e) {
      throw refused(e.problem().name(), e.getMessage());
    }
  }

  private UnauthenticatedException refused(String problem, String detail) {
    metrics.meter(MetricRegistry.name("ingest-gateway", "auth", "refused", problem)).mark();
    if (TokenProblem.KEYS_UNAVAILABLE.name().equals(problem)) {
      // not the caller's fault: the identity provider's keys could not be loaded at all
      LOG.warn("refused a bearer token: {}", detail);
    } else {
      LOG.debug("refused a bearer token: {}", detail);
    }
    return new UnauthenticatedException();
  }

  private boolean isPublic(ContainerRequestContext request) {
    String method = request.getMethod();
    return ("GET".equals(method) || "HEAD".equals(method))
        && publicPaths.contains(request.getUriInfo().getPath());
  }

  private record CallerSecurityContext(Caller caller, boolean secure) implements SecurityContext {
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
}
