package dev.walletplatform.kit.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.http.Outcome;
import jakarta.annotation.Nullable;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;
import org.glassfish.jersey.uri.UriTemplate;

/**
 * {@code http_server_requests_seconds} by method, route template, status and outcome — RED per
 * endpoint. The {@code uri} label is the matched route ({@code /v1/wallets/{walletId}}), never the
 * raw path, so wallet ids cannot explode the series count; a request no route matched is {@code
 * NOT_FOUND}, one refused before matching (authentication) {@code UNMATCHED}.
 */
@Provider
public final class HttpRequestMetrics implements ApplicationEventListener {
  static final String NAME = "http.server.requests";

  private final MeterRegistry registry;

  public HttpRequestMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void onEvent(ApplicationEvent event) {}

  @Override
  public RequestEventListener onRequest(RequestEvent start) {
    long startedNanos = System.nanoTime();
    return event -> {
      if (event.getType() == RequestEvent.Type.FINISHED) {
        record(event, System.nanoTime() - startedNanos);
      }
    };
  }

  private void record(RequestEvent event, long nanos) {
    @Nullable ContainerResponse response = event.getContainerResponse();
    int status = response == null ? 500 : response.getStatus();
    Timer.builder(NAME)
        .description("HTTP requests by route and status")
        .tag("method", event.getContainerRequest().getMethod())
        .tag("uri", route(event.getUriInfo(), status))
        .tag("status", Integer.toString(status))
        .tag("outcome", Outcome.forStatus(status).name())
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  static String route(ExtendedUriInfo uriInfo, int status) {
    List<UriTemplate> matched = new ArrayList<>(uriInfo.getMatchedTemplates());
    if (matched.isEmpty()) {
      return status == 404 ? "NOT_FOUND" : "UNMATCHED";
    }
    Collections.reverse(matched);
    StringBuilder route = new StringBuilder();
    for (UriTemplate template : matched) {
      String part = template.getTemplate();
      if (!part.startsWith("/") && route.length() > 0 && route.charAt(route.length() - 1) != '/') {
        route.append('/');
      }
      route.append(part);
    }
    String joined = route.toString().replaceAll("/{2,}", "/");
    if (joined.length() > 1 && joined.endsWith("/")) {
      joined = joined.substring(0, joined.length() - 1);
    }
    return joined.isEmpty() ? "/" : joined;
  }
}
