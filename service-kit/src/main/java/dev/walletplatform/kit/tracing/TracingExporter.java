package dev.walletplatform.kit.tracing;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where finished spans go ({@code tracing.exporter}). */
public enum TracingExporter {
  /**
   * Nowhere: spans are still made and their context still travels (logs carry {@code trace_id}, the
   * next hop continues the trace), nothing is exported.
   */
  NONE,
  /** One log line per span (OpenTelemetry's {@code LoggingSpanExporter}, through SLF4J). */
  LOGGING,
  /** OTLP over HTTP/protobuf to {@code tracing.otlpEndpoint}: an OpenTelemetry Collector. */
  OTLP,
  /**
   * One JSON object per span and line, appended to {@code tracing.file}: read after a local run.
   */
  FILE;

  /** The YAML spelling: {@code none}, {@code logging}, {@code otlp}, {@code file}, any case. */
  @JsonCreator
  public static TracingExporter of(String name) {
    String wanted = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
    for (TracingExporter exporter : values()) {
      if (exporter.name().equals(wanted)) {
        return exporter;
      }
    }
    throw new IllegalArgumentException(
        "tracing.exporter must be one of "
            + Arrays.stream(values())
                .map(e -> e.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "))
            + ", was: "
            + name);
  }
}
