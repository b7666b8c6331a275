package dev.walletplatform.kit.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import jakarta.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The W3C trace context in Kafka record headers ({@code traceparent}, {@code tracestate}, UTF-8
 * text as in HTTP). {@link #inject} replaces what a record already carries — a record passed on
 * with its input's headers names the hop that passed it on, never two parents — and {@link
 * #extract} reads the last value of each header.
 */
public final class KafkaTraceHeaders {
  public static final String TRACEPARENT = "traceparent";
  public static final String TRACESTATE = "tracestate";

  /** Reads a header's last value as UTF-8. */
  static final TextMapGetter<Headers> GETTER =
      new TextMapGetter<>() {
        @Override
        public @Nullable String get(@Nullable Headers carrier, String key) {
          if (carrier == null) {
            return null;
          }
          Header header = carrier.lastHeader(key);
          return header == null || header.value() == null
              ? null
              : new String(header.value(), StandardCharsets.UTF_8);
        }
      };

  /** Sets a header to one value: every earlier header of that key is removed. */
  static final TextMapSetter<Headers> SETTER =
      (carrier, key, value) -> {
        if (carrier != null) {
          carrier.remove(key);
          carrier.add(key, value.getBytes(StandardCharsets.UTF_8));
        }
      };

  private final TextMapPropagator propagator;

  public KafkaTraceHeaders(TextMapPropagator propagator) {
    this.propagator = propagator;
  }

  /**
   * Writes {@code context}'s span into {@code headers}, replacing any trace context they carry; a
   * context without a valid span leaves none (a stale parent is worse than no parent).
   */
  public void inject(Context context, Headers headers) {
    headers.remove(TRACEPARENT);
    headers.remove(TRACESTATE);
    propagator.inject(context, headers, SETTER);
  }

  /** As {@link #inject(Context, Headers)} with the context of {@code span}. */
  public void inject(Span span, Headers headers) {
    inject(Context.root().with(span), headers);
  }

  /**
   * The context the record's producer sent, as a parent for this hop's span; {@link Context#root()}
   * (a new trace) when the record carries none or an invalid one.
   */
  public Context extract(@Nullable Headers headers) {
    if (headers == null) {
      return Context.root();
    }
    return propagator.extract(Context.root(), headers, GETTER);
  }
}
