package dev.walletplatform.kit.http;

import dev.walletplatform.kit.auth.apikey.ApiKeyHolder;
import dev.walletplatform.kit.auth.apikey.ApiKeyRing;
import dev.walletplatform.kit.auth.apikey.PresentedApiKey;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Map;
import java.util.Optional;

/**
 * Authenticates every request of an internal port (one that only other services call, such as the
 * status view's) before routing: {@code Authorization: ApiKey <key>} with a key of the port's
 * scope. No key or an unknown one: 401 UNAUTHENTICATED, one answer for both (which it was is an
 * attacker's hint); a known key without the scope: 403 FORBIDDEN. With no key issued every request
 * is refused. The NetworkPolicy that admits only the callers is the first lock; this is the second.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class ApiKeyFilter implements ContainerRequestFilter {
  private final ApiKeyRing keys;
  private final String scope;
  private final String realm;
  private final MeterRegistry metrics;

  public ApiKeyFilter(ApiKeyRing keys, String scope, String realm, MeterRegistry metrics) {
    this.keys = keys;
    this.scope = scope;
    this.realm = realm;
    this.metrics = metrics;
    // both reasons at 0 from the start: a rate over the first refusal needs a series before it
    metrics.counter("auth.refused", "problem", "api_key");
    metrics.counter("auth.refused", "problem", "scope");
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Optional<ApiKeyHolder> holder =
        PresentedApiKey.from(request.getHeaders().get(HttpHeaders.AUTHORIZATION))
            .flatMap(keys::authenticate);
    if (holder.isEmpty()) {
      metrics.counter("auth.refused", "problem", "api_key").increment();
      throw new UnauthenticatedException(
          "this port needs 'Authorization: ApiKey <key>'", "ApiKey", realm);
    }
    if (!holder.get().may(scope)) {
      metrics.counter("auth.refused", "problem", "scope").increment();
      throw new ApiException(
          HttpErrorCode.FORBIDDEN,
          "key '" + holder.get().name() + "' lacks scope " + scope,
          Map.of("scope", scope));
    }
    request.setSecurityContext(
        new CallerSecurityContext(holder.get(), "ApiKey", request.getSecurityContext().isSecure()));
  }
}
