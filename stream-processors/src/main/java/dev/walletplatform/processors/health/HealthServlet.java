package dev.walletplatform.processors.health;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;

/** Answers 200 "ok" or 503 with the problem as plain text: what probes and operators read. */
public final class HealthServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient Supplier<Optional<String>> problem;

  public HealthServlet(Supplier<Optional<String>> problem) {
    this.problem = problem;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<String> found = problem.get();
    response.setStatus(found.isPresent() ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_OK);
    response.setContentType("text/plain;charset=utf-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().println(found.orElse("ok"));
  }
}
