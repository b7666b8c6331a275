package dev.walletplatform.kit.tracing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.annotation.Nullable;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * {@code tracing}: where a service's spans go and how many are kept. Every key may be left out (a
 * service without the block makes spans and passes their context on, and exports none), so every
 * existing configuration keeps working; a bad value stops the start naming its key.
 *
 * @param exporter {@code none} (default), {@code logging}, {@code otlp} or {@code file}
 * @param otlpEndpoint the collector's OTLP/HTTP base URL, as {@code OTEL_EXPORTER_OTLP_ENDPOINT}
 *     gives it ({@code http://otel-collector:4318}); spans are posted to its {@code /v1/traces}.
 *     Default {@code http://localhost:4318}
 * @param file with {@code exporter: file}, the file spans are appended to, one JSON object a line
 *     (required then)
 * @param samplingRatio the share of new traces kept, 0..1 (default 1); parent-based: a request or
 *     record that arrives with a sampled context is always kept, an unsampled one never
 * @param serviceName {@code service.name} of the spans; default the service's own name
 * @param exportTimeout how long one export, and the flush at shutdown, may take (default 10s)
 */
public record TracingSettings(
    TracingExporter exporter,
    URI otlpEndpoint,
    @Nullable Path file,
    double samplingRatio,
    @Nullable String serviceName,
    Duration exportTimeout) {

  public static final URI DEFAULT_OTLP_ENDPOINT = URI.create("http://localhost:4318");
  public static final Duration DEFAULT_EXPORT_TIMEOUT = Duration.seconds(10);

  /** The path OTLP/HTTP receives spans on, below the base endpoint. */
  static final String TRACES_PATH = "/v1/traces";

  public TracingSettings {
    Objects.requireNonNull(exporter, "tracing.exporter");
    Objects.requireNonNull(otlpEndpoint, "tracing.otlpEndpoint");
    Objects.requireNonNull(exportTimeout, "tracing.exportTimeout");
    String scheme = otlpEndpoint.getScheme();
    if (scheme == null
        || !(scheme.equals("http") || scheme.equals("https"))
        || otlpEndpoint.getHost() == null) {
      throw new IllegalArgumentException(
          "tracing.otlpEndpoint must be an http(s) URL with a host (OTEL_EXPORTER_OTLP_ENDPOINT),"
              + " was: "
              + otlpEndpoint);
    }
    if (!(samplingRatio >= 0 && samplingRatio <= 1)) {
      throw new IllegalArgumentException(
          "tracing.samplingRatio must be within 0..1, was: " + samplingRatio);
    }
    if (serviceName != null && serviceName.isBlank()) {
      throw new IllegalArgumentException("tracing.serviceName must not be blank when given");
    }
    if (exportTimeout.toNanoseconds() <= 0) {
      throw new IllegalArgumentException(
          "tracing.exportTimeout must be a positive duration, was: " + exportTimeout);
    }
    if (exporter == TracingExporter.FILE && file == null) {
      throw new IllegalArgumentException(
          "tracing.file is required with tracing.exporter: file (TRACING_FILE)");
    }
  }

  @JsonCreator
  public static TracingSettings fromYaml(
      @JsonProperty("exporter") @Nullable TracingExporter exporter,
      @JsonProperty("otlpEndpoint") @Nullable String otlpEndpoint,
      @JsonProperty("file") @Nullable String file,
      @JsonProperty("samplingRatio") @Nullable Double samplingRatio,
      @JsonProperty("serviceName") @Nullable String serviceName,
      @JsonProperty("exportTimeout") @Nullable Duration exportTimeout) {
    return new TracingSettings(
        exporter == null ? TracingExporter.NONE : exporter,
        otlpEndpoint == null || otlpEndpoint.isBlank()
            ? DEFAULT_OTLP_ENDPOINT
            : uri(otlpEndpoint.trim()),
        file == null || file.isBlank() ? null : path(file.trim()),
        samplingRatio == null ? 1.0 : samplingRatio,
        serviceName == null || serviceName.isBlank() ? null : serviceName.trim(),
        exportTimeout == null ? DEFAULT_EXPORT_TIMEOUT : exportTimeout);
  }

  /** No block: spans are made and passed on, none exported. */
  public static TracingSettings defaults() {
    return new TracingSettings(
        TracingExporter.NONE, DEFAULT_OTLP_ENDPOINT, null, 1.0, null, DEFAULT_EXPORT_TIMEOUT);
  }

  /** The same settings with another exporter (and file, for {@link TracingExporter#FILE}). */
  public TracingSettings withExporter(TracingExporter exporter, @Nullable Path file) {
    return new TracingSettings(
        exporter, otlpEndpoint, file, samplingRatio, serviceName, exportTimeout);
  }

  /** Where OTLP/HTTP spans are posted: the endpoint's {@code /v1/traces}. */
  public URI tracesEndpoint() {
    String base = otlpEndpoint.toString();
    if (base.endsWith(TRACES_PATH)) {
      return otlpEndpoint;
    }
    return URI.create(
        (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + TRACES_PATH);
  }

  /** {@code service.name}: the configured one, else {@code service}. */
  public String serviceNameOr(String service) {
    return serviceName == null ? service : serviceName;
  }

  private static URI uri(String value) {
    try {
      return new URI(value);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("tracing.otlpEndpoint is not a URL: " + e.getMessage(), e);
    }
  }

  private static Path path(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("tracing.file is not a path: " + e.getMessage(), e);
    }
  }
}
