package dev.walletplatform.processors.status.http;

import com.codahale.metrics.MetricRegistry;
import dev.walletplatform.auth.apikey.ApiKeyHolder;
import dev.walletplatform.auth.apikey.ApiKeyRing;
import dev.walletplatform.processors.config.StatusViewSettings;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Guards every path of the status port: a caller sends {@code Authorization: ApiKey <key>} with a
 * key of scope {@value StatusViewSettings#READ_SCOPE} (the wallet service, and the other instances
 * forwarding a query). No key or an unknown one: 401 {@code UNAUTHENTICATED}; a key without the
 * scope: 403 {@code FORBIDDEN}. With no key issued every request is refused. The NetworkPolicy that
 * admits only those callers is the first lock; this is the second.
 */
public final class StatusAccessFilter implements Filter {
  private static final String SCHEME = "ApiKey ";

  private final ApiKeyRing keys;
  private final MetricRegistry metrics;

  public StatusAccessFilter(ApiKeyRing keys, MetricRegistry metrics) {
    this.keys = keys;
    this.metrics = metrics;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletResponse out = (HttpServletResponse) response;
    Optional<ApiKeyHolder> holder = presentedKey((HttpServletRequest) request).flatMap(keys::authenticate);
    if (holder.isEmpty()) {
      // one answer for a missing and a wrong key: which one it was is an attacker's hint
      out.setHeader("WWW-Authenticate", "ApiKey realm=\"status\"");
      refuse(out, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHENTICATED",
          "the status port needs 'Authorization: ApiKey <key>'");
      return;
    }
    if (!holder.get().may(StatusViewSettings.READ_SCOPE)) {
      refuse(out, HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN",
          "key '" + holder.get().name() + "' lacks scope " + StatusViewSettings.READ_SCOPE);
      return;
    }
    chain.doFilter(request, response);
  }

  private static Optional<String> presentedKey(HttpServletRequest request) {
    List<String> headers = Collections.list(request.getHeaders("Authorization"));
    if (headers.size() != 1 || !headers.getFirst().regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return Optional.empty();
    }
    return Optional.of(headers.getFirst().substring(SCHEME.length()).trim());
  }

  private void refuse(HttpServletResponse response, int status, String code, String message) throws IOException {
    metrics.meter("status-view.requests.refused." + status).mark();
    response.setStatus(status);
    response.setContentType("application/json");
    response.setHeader("Cache-Control", "no-store");
    response.getOutputStream().write(("{\"code\":\"" + code + "\",\"message\":\"" + message.replace("\"", "'")
        + "\",\"details\":{}}").getBytes(StandardCharsets.UTF_8));
  }
}
