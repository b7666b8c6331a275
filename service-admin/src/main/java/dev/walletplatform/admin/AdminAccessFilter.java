package dev.walletplatform.admin;

import dev.walletplatform.auth.apikey.ApiKeyHolder;
import dev.walletplatform.auth.apikey.ApiKeyRing;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Guards a service's admin port. The probes stay open — the kubelet calls them and they reveal
 * nothing but up/down — while metrics need a key with {@value #METRICS_SCOPE} (Prometheus) and
 * everything else (health-check details, tasks, thread dumps) a key with {@value #ADMIN_SCOPE}.
 * With no keys configured only the probes answer: secure by default. The admin port is never on
 * the public connector either; this is the second lock.
 */
public final class AdminAccessFilter implements Filter {
  public static final String METRICS_SCOPE = "metrics:read";
  public static final String ADMIN_SCOPE = "admin";
  /** Paths anyone on the pod network may call. */
  public static final Set<String> OPEN_PATHS = Set.of("/live", "/ready");
  private static final String SCHEME = "ApiKey ";

  private final ApiKeyRing keys;

  public AdminAccessFilter(ApiKeyRing keys) {
    this.keys = keys;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    HttpServletResponse out = (HttpServletResponse) response;
    String path = pathOf(http);
    if (OPEN_PATHS.contains(path)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<ApiKeyHolder> holder = presentedKey(http).flatMap(keys::authenticate);
    if (holder.isEmpty()) {
      out.setHeader("WWW-Authenticate", "ApiKey realm=\"admin\"");
      refuse(out, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHENTICATED", "the admin port needs 'Authorization: ApiKey <key>'");
      return;
    }
    String needed = "/metrics".equals(path) ? METRICS_SCOPE : ADMIN_SCOPE;
    if (!holder.get().may(needed) && !holder.get().may(ADMIN_SCOPE)) {
      refuse(out, HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN", "key '" + holder.get().name() + "' lacks scope " + needed);
      return;
    }
    chain.doFilter(request, response);
  }

  private static String pathOf(HttpServletRequest request) {
    String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
    String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
    return servletPath + pathInfo;
  }

  private static Optional<String> presentedKey(HttpServletRequest request) {
    List<String> headers = java.util.Collections.list(request.getHeaders("Authorization"));
    if (headers.size() != 1 || !headers.get(0).regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return Optional.empty();
    }
    return Optional.of(headers.get(0).substring(SCHEME.length()).trim());
  }

  private static void refuse(HttpServletResponse response, int status, String code, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.getOutputStream().write(("{\"code\":\"" + code + "\",\"message\":\"" + message.replace("\"", "'")
        + "\",\"details\":{}}").getBytes(StandardCharsets.UTF_8));
  }
}
