package dev.walletplatform.kit.http;

import dev.walletplatform.kit.auth.Caller;
import dev.walletplatform.kit.auth.jwt.BearerToken;
import dev.walletplatform.kit.auth.jwt.InvalidTokenException;
import dev.walletplatform.kit.auth.jwt.JwtVerifier;
import dev.walletplatform.kit.auth.jwt.TokenProblem;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.Nullable;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates every request of a public port before routing, so an anonymous caller learns
 * nothing (not even which paths exist) and never makes the service read a body. The bearer token is
 * a JWT of the identity provider, verified by {@link JwtVerifier}; the {@link Caller} it yields is
 * the request's principal ({@link Callers#of}). Only GET/HEAD of the public paths (the API
 * description) are exempt.
 *
 * <p>Every refusal is the same 401: which check failed (expired, forged, wrong audience...) would
 * help an attacker, so it goes to the debug log and the {@code auth_refused_total{problem}} counter
 * only.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class BearerTokenFilter implements ContainerRequestFilter {
  static final String REFUSAL = "a valid bearer token of the identity provider is required";
  private static final Logger LOG = LoggerFactory.getLogger(BearerTokenFilter.class);

  private final JwtVerifier verifier;
  private final Set<String> publicPaths;
  private final String realm;
  private final MeterRegistry metrics;
  private static final String REFUSED = "auth.refused";

  public BearerTokenFilter(
      JwtVerifier verifier, Set<String> publicPaths, String realm, MeterRegistry metrics) {
    this.verifier = verifier;
    this.publicPaths = Set.copyOf(publicPaths);
    this.realm = realm;
    this.metrics = metrics;
    // every reason at 0 from the start: a rate over the first refusal needs a series before it
    metrics.counter(REFUSED, "problem", "no_token");
    for (TokenProblem problem : TokenProblem.values()) {
      if (problem != TokenProblem.KEYS_UNAVAILABLE) {
        metrics.counter(REFUSED, "problem", problem.name().toLowerCase(Locale.ROOT));
      }
    }
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (isPublic(request)) {
      return;
    }
    Caller caller = authenticate(request.getHeaders().get(HttpHeaders.AUTHORIZATION));
    request.setSecurityContext(
        new CallerSecurityContext(caller, "Bearer", request.getSecurityContext().isSecure()));
  }

  private Caller authenticate(@Nullable List<String> headers) {
    if (headers == null || headers.isEmpty()) {
      throw refused("no_token", "no Authorization header");
    }
    if (headers.size() > 1) {
      throw refused("no_token", "more than one Authorization header");
    }
    String token =
        BearerToken.from(headers.getFirst())
            .orElseThrow(() -> refused("no_token", "Authorization is not 'Bearer <token>'"));
    try {
      return verifier.verify(token);
    } catch (InvalidTokenException e) {
      if (e.problem() == TokenProblem.KEYS_UNAVAILABLE) {
        // not the caller's fault: the identity provider's keys could not be loaded at all
        LOG.warn("refused a bearer token: {}", e.getMessage());
      }
      throw refused(e.problem().name().toLowerCase(Locale.ROOT), e.getMessage());
    }
  }

  private UnauthenticatedException refused(String problem, @Nullable String detail) {
    metrics.counter(REFUSED, "problem", problem).increment();
    LOG.debug("refused a bearer token: {}", detail);
    return unauthenticated(realm);
  }

  static UnauthenticatedException unauthenticated(String realm) {
    return new UnauthenticatedException(REFUSAL, "Bearer", realm);
  }

  private boolean isPublic(ContainerRequestContext request) {
    String method = request.getMethod();
    return ("GET".equals(method) || "HEAD".equals(method))
        && publicPaths.contains(request.getUriInfo().getPath());
  }
}
