package dev.walletplatform.gateway.health;

import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.HealthCheckRegistry;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * {@code GET /live} on the admin port: runs the registered health checks, which are only about this
 * process (deadlocks, heap). No shared dependency belongs here, or one Kafka outage would restart
 * every pod.
 */
public final class LivenessServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient HealthCheckRegistry checks;
  private final transient ObjectMapper json;

  public LivenessServlet(HealthCheckRegistry checks, ObjectMapper json) {
    this.checks = checks;
    this.json = json;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    SortedMap<String, HealthCheck.Result> results = checks.runHealthChecks();
    Map<String, Object> body = new LinkedHashMap<>();
    boolean healthy = results.values().stream().allMatch(HealthCheck.Result::isHealthy);
    body.put("status", healthy ? "live" : "unhealthy");
    Map<String, String> byCheck = new LinkedHashMap<>();
    results.forEach((name, result) ->
        byCheck.put(name, result.isHealthy() ? "healthy" : "unhealthy: " + result.getMessage()));
    body.put("checks", byCheck);
    ProbeResponses.write(response, healthy, json.writeValueAsString(body));
  }
}
