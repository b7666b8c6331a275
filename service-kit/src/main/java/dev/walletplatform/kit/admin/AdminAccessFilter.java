package dev.walletplatform.kit.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.walletplatform.kit.auth.apikey.ApiKeyHolder;
import dev.walletplatform.kit.auth.apikey.ApiKeyRing;
import dev.walletplatform.kit.auth.apikey.PresentedApiKey;
import dev.walletplatform.kit.http.ErrorBody;
import dev.walletplatform.kit.http.HttpErrorCode;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;

/**
 * Guards a service's admin port. The probes stay open — the kubelet calls them and they reveal
 * nothing but up/down — while metrics need a key with {@value #METRICS_SCOPE} (Prometheus) and
 * everything else (health-check details, tasks, thread dumps) a key with {@value #ADMIN_SCOPE}.
 * With no keys configured only the probes answer: secure by default. The admin port is never on the
 * public connector either; this is the second lock.
 */
public final class AdminAccessFilter implements Filter {
  public static final String METRICS_SCOPE = "metrics:read";
  public static final String ADMIN_SCOPE = "admin";

  /** Paths anyone on the pod network may call. */
  public static final Set<String> OPEN_PATHS = Set.of("/live", "/ready");

  private final ApiKeyRing keys;
  private final ObjectMapper json;

  public AdminAccessFilter(ApiKeyRing keys, ObjectMapper json) {
    this.keys = keys;
    this.json = json;
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
      refuse(
          out,
          HttpServletResponse.SC_UNAUTHORIZED,
          HttpErrorCode.UNAUTHENTICATED,
          "the admin port needs 'Authorization: ApiKey <key>'");
      return;
    }
    String needed = "/metrics".equals(path) ? METRICS_SCOPE : ADMIN_SCOPE;
    if (!holder.get().may(needed) && !holder.get().may(ADMIN_SCOPE)) {
      refuse(
          out,
          HttpServletResponse.SC_FORBIDDEN,
          HttpErrorCode.FORBIDDEN,
          "key '" + holder.get().name() + "' lacks scope " + needed);
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
    return PresentedApiKey.from(Collections.list(request.getHeaders("Authorization")));
  }

  private void refuse(HttpServletResponse response, int status, HttpErrorCode code, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setHeader("Cache-Control", "no-store");
    json.writeValue(response.getOutputStream(), ErrorBody.of(code, message));
  }
}
