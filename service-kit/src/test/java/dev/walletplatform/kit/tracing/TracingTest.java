package dev.walletplatform.kit.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.MDC;

class TracingTest {
  @TempDir Path dir;

  @Test
  void aSpanContinuedFromKafkaHeadersIsTheChildOfTheSpanThatWroteThem() {
    InMemorySpanExporter exported = InMemorySpanExporter.create();
    Tracing tracing = Tracing.create(TracingSettings.defaults(), "svc", List.of(exported));
    Span producer =
        tracing.tracer().spanBuilder("publish").setSpanKind(SpanKind.PRODUCER).startSpan();
    Headers headers = new RecordHeaders();
    tracing.kafka().inject(producer, headers);
    producer.end();

    Span consumer =
        tracing
            .tracer()
            .spanBuilder("process")
            .setParent(tracing.kafka().extract(headers))
            .setSpanKind(SpanKind.CONSUMER)
            .startSpan();
    consumer.end();
    tracing.stop();

    List<SpanData> spans = exported.getFinishedSpanItems();
    assertThat(spans).hasSize(2);
    assertThat(spans.get(1).getTraceId()).isEqualTo(spans.get(0).getTraceId());
    assertThat(spans.get(1).getParentSpanId()).isEqualTo(spans.get(0).getSpanId());
    assertThat(spans.get(0).getResource().getAttribute(Tracing.SERVICE_NAME)).isEqualTo("svc");
    assertThat(exported.getFinishedSpanItems())
        .as("stopping the service flushes the caller's exporter but leaves it open")
        .hasSize(2);
  }

  @Test
  @SuppressWarnings("try") // the scope is what is tested
  void aHopScopePutsTraceAndCommandIdsIntoTheMdcAndRestoresThem() {
    Tracing tracing = Tracing.create(TracingSettings.defaults(), "svc");
    MDC.put(HopScope.COMMAND_ID, "outer");
    Span span = tracing.tracer().spanBuilder("hop").startSpan();
    try (HopScope hop = HopScope.enter(span, "c-1")) {
      assertThat(MDC.get(HopScope.TRACE_ID)).isEqualTo(span.getSpanContext().getTraceId());
      assertThat(MDC.get(HopScope.COMMAND_ID)).isEqualTo("c-1");
      assertThat(Span.current()).isSameAs(span);
    } finally {
      span.end();
    }
    assertThat(MDC.get(HopScope.TRACE_ID)).isNull();
    assertThat(MDC.get(HopScope.COMMAND_ID)).isEqualTo("outer");
    assertThat(Span.current().getSpanContext().isValid()).isFalse();
    MDC.clear();
  }

  @Test
  void theNoopTracingPassesAnArrivingContextOn() {
    Tracing tracing = Tracing.noop();
    Headers in = new RecordHeaders();
    Tracing real = Tracing.create(TracingSettings.defaults(), "svc");
    Span upstream = real.tracer().spanBuilder("upstream").startSpan();
    real.kafka().inject(upstream, in);

    Span span =
        tracing.tracer().spanBuilder("x").setParent(tracing.kafka().extract(in)).startSpan();
    Headers out = new RecordHeaders();
    tracing.kafka().inject(span, out);

    assertThat(out.lastHeader(KafkaTraceHeaders.TRACEPARENT).value())
        .isEqualTo(in.lastHeader(KafkaTraceHeaders.TRACEPARENT).value());
    assertThat(Span.fromContext(Context.root()).isRecording()).isFalse();
  }

  @Test
  void theFileExporterWritesOneJsonObjectPerSpanAndLine() throws Exception {
    Path file = dir.resolve("traces/svc.jsonl");
    Tracing tracing =
        Tracing.create(TracingSettings.defaults().withExporter(TracingExporter.FILE, file), "svc");
    Span parent =
        tracing.tracer().spanBuilder("POST /v1/transfers").setSpanKind(SpanKind.SERVER).startSpan();
    Span child =
        tracing
            .tracer()
            .spanBuilder("publish wallet.commands.v1")
            .setParent(Context.root().with(parent))
            .setSpanKind(SpanKind.PRODUCER)
            .setAttribute("wallet.command.id", "c-1")
            .startSpan();
    child.end();
    parent.end();
    tracing.stop();

    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(2);
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertThat(first.path("name").asText()).isEqualTo("publish wallet.commands.v1");
    assertThat(first.path("kind").asText()).isEqualTo("SPAN_KIND_PRODUCER");
    assertThat(first.path("parentSpanId").asText()).isEqualTo(parent.getSpanContext().getSpanId());
    assertThat(first.path("attributes").path("wallet.command.id").asText()).isEqualTo("c-1");
    assertThat(first.path("resource").path("service.name").asText()).isEqualTo("svc");
    assertThat(new ObjectMapper().readTree(lines.get(1)).has("parentSpanId")).isFalse();
  }
}
