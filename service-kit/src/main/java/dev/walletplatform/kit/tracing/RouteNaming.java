package dev.walletplatform.kit.tracing;

import io.opentelemetry.api.trace.Span;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.List;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.uri.UriTemplate;

/**
 * Once Jersey matched a resource method, names the request's server span {@code "<method> <route>"}
 * and sets {@code http.route} — the path template ({@code /v1/wallets/{wallet}/balances}), never
 * the path with its ids, so spans of one endpoint group together.
 */
@Priority(Priorities.AUTHENTICATION - 100)
public final class RouteNaming implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    Span span = Span.current();
    if (!span.isRecording() || !(request.getUriInfo() instanceof ExtendedUriInfo info)) {
      return;
    }
    String route = route(info.getMatchedTemplates());
    span.updateName(request.getMethod() + " " + route);
    span.setAttribute(HttpServerTracing.ROUTE, route);
  }

  /** Jersey lists the templates innermost first. */
  static String route(List<UriTemplate> templates) {
    StringBuilder route = new StringBuilder();
    for (int i = templates.size() - 1; i >= 0; i--) {
      route.append('/').append(templates.get(i).getTemplate());
    }
    String joined = route.toString().replaceAll("/{2,}", "/");
    return joined.length() > 1 && joined.endsWith("/")
        ? joined.substring(0, joined.length() - 1)
        : joined;
  }
}
