package dev.walletplatform.kit.tracing;

import io.dropwizard.lifecycle.Managed;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.exporter.logging.LoggingSpanExporter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SdkTracerProviderBuilder;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import jakarta.annotation.Nullable;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service's tracing, built once by the kit's bundle from {@code tracing:} ({@code
 * bundle.tracing()}, {@code kit().tracing()} in a service's {@code run}): a {@link Tracer} for the
 * service's hops, the W3C propagator for HTTP and {@link #kafka() Kafka headers}, and the exporter
 * the settings name. Managed: stopping it (the last thing a service stops, after its consumers and
 * the HTTP server) flushes the spans still queued, within {@code tracing.exportTimeout}.
 *
 * <p>Spans are made whatever the exporter, so the context always travels and logs always carry
 * {@code trace_id}; the sampler is parent-based, with {@code samplingRatio} for new traces.
 */
public final class Tracing implements Managed {
  /** The instrumentation scope of every span the platform makes itself. */
  public static final String INSTRUMENTATION = "dev.walletplatform";

  static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");
  static final AttributeKey<String> SERVICE_NAMESPACE = AttributeKey.stringKey("service.namespace");

  private static final Logger LOG = LoggerFactory.getLogger(Tracing.class);

  private final String serviceName;
  private final OpenTelemetry openTelemetry;
  private final @Nullable SdkTracerProvider provider;
  private final long exportTimeoutMs;
  private final String exporterDescription;
  private final Tracer tracer;
  private final KafkaTraceHeaders kafka;

  private Tracing(
      String serviceName,
      OpenTelemetry openTelemetry,
      @Nullable SdkTracerProvider provider,
      long exportTimeoutMs,
      String exporterDescription) {
    this.serviceName = serviceName;
    this.openTelemetry = openTelemetry;
    this.provider = provider;
    this.exportTimeoutMs = exportTimeoutMs;
    this.exporterDescription = exporterDescription;
    this.tracer = openTelemetry.getTracer(INSTRUMENTATION);
    this.kafka = new KafkaTraceHeaders(propagator());
  }

  /** Tracing as {@code settings} say, for the service named {@code service}. */
  public static Tracing create(TracingSettings settings, String service) {
    return create(settings, service, List.of());
  }

  /**
   * As {@link #create(TracingSettings, String)}, every span also handed, as it ends, to each of
   * {@code alsoTo} — an in-process host's or a test's exporter (e.g. an in-memory one), which stays
   * the caller's: stopping this tracing flushes it but never shuts it down.
   */
  public static Tracing create(
      TracingSettings settings, String service, List<SpanExporter> alsoTo) {
    String name = settings.serviceNameOr(service);
    long timeoutMs = settings.exportTimeout().toMilliseconds();
    SdkTracerProviderBuilder builder =
        SdkTracerProvider.builder()
            .setResource(
                Resource.getDefault()
                    .merge(
                        Resource.create(
                            Attributes.of(
                                SERVICE_NAME, name, SERVICE_NAMESPACE, "wallet-platform"))))
            .setSampler(Sampler.parentBased(Sampler.traceIdRatioBased(settings.samplingRatio())));
    SpanExporter exporter = exporter(settings);
    if (exporter != null) {
      builder.addSpanProcessor(
          BatchSpanProcessor.builder(exporter)
              .setExporterTimeout(timeoutMs, TimeUnit.MILLISECONDS)
              .build());
    }
    for (SpanExporter extra : alsoTo) {
      builder.addSpanProcessor(SimpleSpanProcessor.create(new CallersExporter(extra)));
    }
    if (exporter == null && alsoTo.isEmpty()) {
      // without any processor the SDK makes invalid spans: no trace_id in logs, no context passed
      // on
      builder.addSpanProcessor(new ExportNothing());
    }
    SdkTracerProvider provider = builder.build();
    OpenTelemetrySdk sdk =
        OpenTelemetrySdk.builder()
            .setTracerProvider(provider)
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
            .build();
    String description =
        settings.exporter().name().toLowerCase(java.util.Locale.ROOT)
            + (exporter == null ? "" : " (" + exporter + ")")
            + (alsoTo.isEmpty() ? "" : " + " + alsoTo.size() + " in-process");
    return new Tracing(name, sdk, provider, timeoutMs, description);
  }

  /**
   * No spans recorded, none exported, yet a context that arrives is passed on unchanged (unit
   * tests, and code built without a service).
   */
  public static Tracing noop() {
    return new Tracing(
        "noop",
        OpenTelemetry.propagating(
            ContextPropagators.create(W3CTraceContextPropagator.getInstance())),
        null,
        0,
        "noop");
  }

  private static @Nullable SpanExporter exporter(TracingSettings settings) {
    return switch (settings.exporter()) {
      case NONE -> null;
      case LOGGING -> LoggingSpanExporter.create();
      case OTLP ->
          OtlpHttpSpanExporter.builder()
              .setEndpoint(settings.tracesEndpoint().toString())
              .setTimeout(settings.exportTimeout().toJavaDuration())
              .build();
      case FILE -> {
        var file = settings.file();
        if (file == null) {
          throw new IllegalArgumentException("tracing.file is required with exporter: file");
        }
        yield JsonLinesSpanExporter.appendingTo(file);
      }
    };
  }

  /** The platform's tracer: every hop's spans. */
  public Tracer tracer() {
    return tracer;
  }

  /** The W3C {@code traceparent}/{@code tracestate} propagator. */
  public TextMapPropagator propagator() {
    return openTelemetry.getPropagators().getTextMapPropagator();
  }

  /** Trace context in Kafka record headers. */
  public KafkaTraceHeaders kafka() {
    return kafka;
  }

  public OpenTelemetry openTelemetry() {
    return openTelemetry;
  }

  /** {@code service.name} of this service's spans. */
  public String serviceName() {
    return serviceName;
  }

  @Override
  public void start() {
    LOG.info("tracing {}: spans exported to {}", serviceName, exporterDescription);
  }

  /** Exports what is still queued (bounded by the export timeout), then stops exporting. */
  @Override
  public void stop() {
    SdkTracerProvider running = provider;
    if (running == null) {
      return;
    }
    CompletableResultCode flushed =
        running.forceFlush().join(exportTimeoutMs, TimeUnit.MILLISECONDS);
    if (!flushed.isSuccess()) {
      LOG.warn("tracing {}: spans still queued at shutdown were not all exported", serviceName);
    }
    running.shutdown().join(exportTimeoutMs, TimeUnit.MILLISECONDS);
  }

  @Override
  public String toString() {
    return "Tracing[" + serviceName + ", " + exporterDescription + "]";
  }

  /** {@code exporter: none}: spans with real ids, ended and dropped. */
  private static final class ExportNothing implements SpanProcessor {
    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {}

    @Override
    public boolean isStartRequired() {
      return false;
    }

    @Override
    public void onEnd(ReadableSpan span) {}

    @Override
    public boolean isEndRequired() {
      return false;
    }
  }

  /** A caller's exporter: flushed with ours, never shut down by us. */
  private record CallersExporter(SpanExporter delegate) implements SpanExporter {
    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
      return delegate.export(spans);
    }

    @Override
    public CompletableResultCode flush() {
      return delegate.flush();
    }

    @Override
    public CompletableResultCode shutdown() {
      return delegate.flush();
    }
  }
}
