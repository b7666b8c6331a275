package dev.walletplatform.kit.health;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way every probe answers: 200 {@code {"status":"ok","problems":[]}} when its checks find
 * nothing wrong, else 503 {@code {"status":"failing","problems":[...]}}; never cached.
 */
public final class ProbeServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient ProbeCheck check;
  private final transient ObjectMapper json;

  public ProbeServlet(ProbeCheck check, ObjectMapper json) {
    this.check = check;
    this.json = json;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    List<String> problems = check.problems();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", problems.isEmpty() ? "ok" : "failing");
    body.put("problems", problems);
    response.setStatus(
        problems.isEmpty()
            ? HttpServletResponse.SC_OK
            : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setContentType("application/json");
    response.setHeader("Cache-Control", "no-store");
    json.writeValue(response.getOutputStream(), body);
  }
}
