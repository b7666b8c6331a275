package dev.walletplatform.gateway.health;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The one way a probe answers: 200 or 503, a small JSON body, never cached. */
final class ProbeResponses {
  private ProbeResponses() {}

  static void write(HttpServletResponse response, boolean ok, String jsonBody) throws IOException {
    response.setStatus(ok ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.getOutputStream().write(jsonBody.getBytes(StandardCharsets.UTF_8));
  }
}
