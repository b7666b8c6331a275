package dev.walletplatform.kit.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.annotation.Nullable;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The first hop of a command: a {@link SpanKind#SERVER SERVER} span around each request of the
 * application port, child of the caller's {@code traceparent} when it sent one, else the root of a
 * new trace. Named {@code "<method> <route>"} once Jersey matched the resource ({@link
 * RouteNaming}), just {@code "<method>"} for a request refused before that (a 401, an unknown
 * path); {@code http.response.status_code} is the answer's status, and a 5xx marks the span as an
 * error. While the request runs the span is current (a command published from it becomes its child)
 * and the MDC holds its {@code trace_id}.
 */
public final class HttpServerTracing implements Filter {
  static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
  static final AttributeKey<String> ROUTE = AttributeKey.stringKey("http.route");
  static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<String> PATH = AttributeKey.stringKey("url.path");
  static final AttributeKey<String> SCHEME = AttributeKey.stringKey("url.scheme");
  static final AttributeKey<Long> PORT = AttributeKey.longKey("server.port");

  /** Request headers as the propagator's carrier. */
  static final TextMapGetter<HttpServletRequest> HEADERS =
      new TextMapGetter<>() {
        @Override
        public @Nullable String get(@Nullable HttpServletRequest carrier, String key) {
          return carrier == null ? null : carrier.getHeader(key);
        }
      };

  private final Tracing tracing;

  public HttpServerTracing(Tracing tracing) {
    this.tracing = tracing;
  }

  @Override
  @SuppressWarnings("try") // the scope is held for the chain's duration, never referenced in it
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest http)
        || !(response instanceof HttpServletResponse answer)) {
      chain.doFilter(request, response);
      return;
    }
    Context parent = tracing.propagator().extract(Context.root(), http, HEADERS);
    String method = http.getMethod();
    Span span =
        tracing
            .tracer()
            .spanBuilder(method)
            .setParent(parent)
            .setSpanKind(SpanKind.SERVER)
            .setAttribute(METHOD, method)
            .setAttribute(PATH, http.getRequestURI())
            .setAttribute(SCHEME, http.getScheme())
            .setAttribute(PORT, (long) http.getLocalPort())
            .startSpan();
    try (HopScope hop = HopScope.enter(span, null)) {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
      throw e;
    } finally {
      int status = answer.getStatus();
      span.setAttribute(STATUS, (long) status);
      if (status >= 500) {
        span.setStatus(StatusCode.ERROR);
      }
      span.end();
    }
  }
}
