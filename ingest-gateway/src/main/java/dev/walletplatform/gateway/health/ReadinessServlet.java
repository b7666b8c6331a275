package dev.walletplatform.gateway.health;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code GET /ready} on the admin port: 200 while serving, 503 before start and during shutdown. */
public final class ReadinessServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient ReadinessState state;

  public ReadinessServlet(ReadinessState state) {
    this.state = state;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    boolean ready = state.isReady();
    ProbeResponses.write(response, ready, "{\"status\":\"" + (ready ? "ready" : "not_ready") + "\"}");
  }
}
