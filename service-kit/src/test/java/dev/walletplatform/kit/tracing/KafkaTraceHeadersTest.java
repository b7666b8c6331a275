package dev.walletplatform.kit.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class KafkaTraceHeadersTest {
  private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final KafkaTraceHeaders HEADERS =
      new KafkaTraceHeaders(W3CTraceContextPropagator.getInstance());

  private static Span span(String spanId, TraceState state) {
    return Span.wrap(SpanContext.create(TRACE, spanId, TraceFlags.getSampled(), state));
  }

  private static List<String> values(Headers headers, String key) {
    return StreamSupport.stream(headers.headers(key).spliterator(), false)
        .map(h -> new String(h.value(), StandardCharsets.UTF_8))
        .toList();
  }

  @Test
  void injectsTheW3cTraceparentAsUtf8() {
    Headers headers = new RecordHeaders();

    HEADERS.inject(span("00f067aa0ba902b7", TraceState.getDefault()), headers);

    assertThat(values(headers, KafkaTraceHeaders.TRACEPARENT))
        .containsExactly("00-" + TRACE + "-00f067aa0ba902b7-01");
    assertThat(headers.lastHeader(KafkaTraceHeaders.TRACESTATE)).isNull();
  }

  @Test
  void replacesTheTraceparentAndTracestateARecordAlreadyCarriesAndKeepsTheOtherHeaders() {
    Headers headers = new RecordHeaders();
    headers.add("dlq.error.code", "X".getBytes(StandardCharsets.UTF_8));
    HEADERS.inject(
        span("00f067aa0ba902b7", TraceState.builder().put("vendor", "upstream").build()), headers);
    headers.add(KafkaTraceHeaders.TRACEPARENT, "junk".getBytes(StandardCharsets.UTF_8));

    HEADERS.inject(span("b7ad6b7169203331", TraceState.getDefault()), headers);

    assertThat(values(headers, KafkaTraceHeaders.TRACEPARENT))
        .as("one traceparent: the last hop's")
        .containsExactly("00-" + TRACE + "-b7ad6b7169203331-01");
    assertThat(headers.headers(KafkaTraceHeaders.TRACESTATE))
        .as("the earlier hop's tracestate is not left behind")
        .isEmpty();
    assertThat(values(headers, "dlq.error.code")).containsExactly("X");
  }

  @Test
  void extractsWhatWasInjected() {
    Headers headers = new RecordHeaders();
    HEADERS.inject(
        span("00f067aa0ba902b7", TraceState.builder().put("vendor", "v1").build()), headers);

    SpanContext extracted = Span.fromContext(HEADERS.extract(headers)).getSpanContext();

    assertThat(extracted.isValid()).isTrue();
    assertThat(extracted.isRemote()).isTrue();
    assertThat(extracted.getTraceId()).isEqualTo(TRACE);
    assertThat(extracted.getSpanId()).isEqualTo("00f067aa0ba902b7");
    assertThat(extracted.isSampled()).isTrue();
    assertThat(extracted.getTraceState().get("vendor")).isEqualTo("v1");
  }

  @Test
  void aRecordWithoutOrWithABrokenTraceparentStartsANewTrace() {
    Headers none = new RecordHeaders();
    Headers broken = new RecordHeaders();
    broken.add(
        KafkaTraceHeaders.TRACEPARENT,
        "00-nothex-00f067aa0ba902b7-01".getBytes(StandardCharsets.UTF_8));

    assertThat(Span.fromContext(HEADERS.extract(none)).getSpanContext().isValid()).isFalse();
    assertThat(Span.fromContext(HEADERS.extract(broken)).getSpanContext().isValid()).isFalse();
    assertThat(HEADERS.extract(null)).isEqualTo(Context.root());
  }

  @Test
  void readsTheLastOfDuplicatedHeaders() {
    Headers headers = new RecordHeaders();
    headers.add(
        KafkaTraceHeaders.TRACEPARENT,
        ("00-" + TRACE + "-00f067aa0ba902b7-01").getBytes(StandardCharsets.UTF_8));
    headers.add(
        KafkaTraceHeaders.TRACEPARENT,
        ("00-" + TRACE + "-b7ad6b7169203331-01").getBytes(StandardCharsets.UTF_8));

    assertThat(Span.fromContext(HEADERS.extract(headers)).getSpanContext().getSpanId())
        .isEqualTo("b7ad6b7169203331");
  }

  @Test
  void anInvalidContextLeavesNoTraceHeaders() {
    Headers headers = new RecordHeaders();
    HEADERS.inject(span("00f067aa0ba902b7", TraceState.getDefault()), headers);

    HEADERS.inject(Context.root(), headers);

    assertThat(headers.toArray()).extracting(Header::key).isEmpty();
  }
}
