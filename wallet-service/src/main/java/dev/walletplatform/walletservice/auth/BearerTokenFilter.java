package dev.walletplatform.walletservice.auth;

import com.codahale.metrics.MetricRegistry;
import dev.walletplatform.auth.Caller;
import dev.walletplatform.auth.jwt.BearerToken;
import dev.walletplatform.auth.jwt.InvalidTokenException;
import dev.walletplatform.auth.jwt.JwtVerifier;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requires {@code Authorization: Bearer <JWT>} of the identity provider on every path except the
 * public API description, and puts the verified {@link Caller} in the security context. Pre-matching,
 * so unknown paths answer 401 too and an anonymous caller learns nothing about which routes exist.
 * Every refusal is the same 401: which check failed (expired, bad signature, wrong audience …) goes to
 * the log at debug level and to the {@code auth.refused.<problem>} meters, never to the caller.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class BearerTokenFilter implements ContainerRequestFilter {
  private static final Logger LOG = LoggerFactory.getLogger(BearerTokenFilter.class);
  private static final Set<String> PUBLIC_PATHS = Set.of("openapi.yaml");
  static final String REFUSAL = "a valid bearer token of the identity provider is required";

  private final JwtVerifier verifier;
  private final MetricRegistry metrics;

  public BearerTokenFilter(JwtVerifier verifier, MetricRegistry metrics) {
    this.verifier = verifier;
    this.metrics = metrics;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (PUBLIC_PATHS.contains(request.getUriInfo().getPath(true))) {
      return;
    }
    String token = presentedToken(request).orElseThrow(() -> refused("no_bearer_token", "no bearer token"));
    Caller caller;
    try {
      caller = verifier.verify(token);
    } catch (InvalidTokenException e) {
      throw refused(e.problem().name().toLowerCase(Locale.ROOT), e.getMessage());
    }
    request.setSecurityContext(new CallerSecurityContext(caller, request.getSecurityContext().isSecure()));
  }

  private UnauthenticatedException refused(String reason, String detail) {
    metrics.meter("auth.refused." + reason).mark();
    LOG.debug("refused a request: {}", detail);
    return new UnauthenticatedException(REFUSAL);
  }

  /** The token of the one Authorization header, if it uses the Bearer scheme. */
  private static Optional<String> presentedToken(ContainerRequestContext request) {
    List<String> headers = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
    if (headers == null || headers.size() != 1) {
      return Optional.empty();
    }
    return BearerToken.from(headers.getFirst());
  }
}
