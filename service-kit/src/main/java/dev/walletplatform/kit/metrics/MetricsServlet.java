package dev.walletplatform.kit.metrics;

import io.prometheus.metrics.expositionformats.ExpositionFormatWriter;
import io.prometheus.metrics.expositionformats.ExpositionFormats;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * {@code GET /metrics} on the admin port, rendered by the Prometheus client library in the format
 * the scraper asks for ({@code Accept}): OpenMetrics for Prometheus itself, the 0.0.4 text format
 * for curl. Register it with an exact {@code /metrics} mapping, which wins over Dropwizard's own
 * JSON metrics servlet.
 */
public final class MetricsServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final ExpositionFormats FORMATS = ExpositionFormats.init();

  private final transient ServiceMeters meters;

  public MetricsServlet(ServiceMeters meters) {
    this.meters = meters;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ExpositionFormatWriter writer = FORMATS.findWriter(request.getHeader("Accept"));
    ByteArrayOutputStream body = new ByteArrayOutputStream(64 * 1024);
    meters.prometheus().scrape(body, writer.getContentType());
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(writer.getContentType());
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(body.size());
    body.writeTo(response.getOutputStream());
  }
}
