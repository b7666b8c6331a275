package dev.walletplatform.processors.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.kit.tracing.KafkaTraceHeaders;
import dev.walletplatform.kit.tracing.TraceAttributes;
import dev.walletplatform.kit.tracing.Tracing;
import dev.walletplatform.kit.tracing.TracingSettings;
import dev.walletplatform.processors.deadletter.DeadLetter;
import dev.walletplatform.processors.deadletter.DeadLetterCode;
import dev.walletplatform.processors.deadletter.DeadLetterRecords;
import dev.walletplatform.processors.ledger.model.Instruction;
import dev.walletplatform.processors.ledger.model.LedgerMessage;
import dev.walletplatform.processors.ledger.model.Outcome;
import dev.walletplatform.processors.ledger.model.RequestMeta;
import dev.walletplatform.processors.ledger.model.SourcePosition;
import dev.walletplatform.processors.ledger.rules.LedgerBatch;
import dev.walletplatform.schemas.Topics;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/** The applier's spans: one per record, child of the record's context, named by what it sends. */
class BatchTraceTest {
  private final InMemorySpanExporter exported = InMemorySpanExporter.create();
  private final Tracing tracing =
      Tracing.create(TracingSettings.defaults(), "stream-processors", List.of(exported));
  private final Span screening = tracing.tracer().spanBuilder("screen").startSpan();

  private ConsumerRecord<byte[], byte[]> screened(long offset) {
    ConsumerRecord<byte[], byte[]> record =
        new ConsumerRecord<>(Topics.SCREENED_COMMANDS, 0, offset, new byte[0], new byte[0]);
    tracing.kafka().inject(screening, record.headers());
    return record;
  }

  @Test
  void eachRecordIsASpanChildOfItsSenderAndWhatIsSentForItCarriesThatSpan() {
    ConsumerRecord<byte[], byte[]> applied = screened(10);
    ConsumerRecord<byte[], byte[]> poison = screened(11);
    UUID id = UUID.randomUUID();
    LedgerMessage message =
        new LedgerMessage(
            id,
            new SourcePosition(Topics.SCREENED_COMMANDS, 0, 10),
            new RequestMeta("client-1", "key-1", "hash-1", Instant.EPOCH),
            new Instruction.Transfer("a", "b", "BTC", BigInteger.TEN));
    DeadLetter letter =
        new DeadLetter(poison, DeadLetterCode.DECODING_FAILED, new IllegalStateException("bad"));
    AppliedBatch batch =
        new AppliedBatch(
            List.of(
                new LedgerBatch.Handled(
                    message,
                    new Outcome(id, "TRANSFER", "a", Outcome.Status.APPLIED, null, Instant.EPOCH),
                    LedgerBatch.Disposition.DECIDED)),
            List.of(letter));

    Headers result = new RecordHeaders();
    ProducerRecord<byte[], byte[]> deadLetter;
    try (BatchTrace trace =
        new ApplierTracing(tracing, "ledger-applier")
            .start(new ConsumedBatch(List.of(applied, poison)))) {
      trace.decided(batch);
      trace.inject(message.source(), result);
      deadLetter = DeadLetterRecords.toRecord(letter, Instant.EPOCH);
      trace.inject(letter.source(), deadLetter.headers());
    }

    List<SpanData> spans = exported.getFinishedSpanItems();
    assertThat(spans).hasSize(2);
    SpanData applySpan = spans.get(0);
    assertThat(applySpan.getName()).isEqualTo("apply " + Topics.SCREENED_COMMANDS);
    assertThat(applySpan.getParentSpanId()).isEqualTo(screening.getSpanContext().getSpanId());
    assertThat(applySpan.getAttributes().get(TraceAttributes.COMMAND_ID)).isEqualTo(id.toString());
    assertThat(applySpan.getAttributes().get(BatchTrace.OUTCOME)).isEqualTo("APPLIED");
    assertThat(applySpan.getAttributes().get(TraceAttributes.BATCH_SIZE)).isEqualTo(2L);
    assertThat(traceparents(result)).containsExactly(traceparentOf(applySpan));

    SpanData poisonSpan = spans.get(1);
    assertThat(poisonSpan.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(poisonSpan.getAttributes().get(BatchTrace.DEAD_LETTER)).isEqualTo("DECODING_FAILED");
    assertThat(traceparents(deadLetter.headers()))
        .as("the dead letter's copied traceparent is replaced, not doubled")
        .containsExactly(traceparentOf(poisonSpan));
  }

  @Test
  void aBatchThatWillBeRedeliveredEndsItsSpansAsErrors() {
    try (BatchTrace trace =
        new ApplierTracing(tracing, "ledger-applier")
            .start(new ConsumedBatch(List.of(screened(20))))) {
      trace.failed(new TransientFailure("database unavailable", null));
    }

    SpanData span = exported.getFinishedSpanItems().getFirst();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(span.getStatus().getDescription()).contains("database unavailable");
    assertThat(span.getParentSpanId()).isEqualTo(screening.getSpanContext().getSpanId());
  }

  private static List<String> traceparents(Headers headers) {
    return StreamSupport.stream(headers.headers(KafkaTraceHeaders.TRACEPARENT).spliterator(), false)
        .map(h -> new String(h.value(), StandardCharsets.UTF_8))
        .toList();
  }

  private static String traceparentOf(SpanData span) {
    return "00-"
        + span.getTraceId()
        + "-"
        + span.getSpanId()
        + "-"
        + span.getSpanContext().getTraceFlags().asHex();
  }
}
