package dev.walletplatform.processors.ledger;

import dev.walletplatform.kit.tracing.HopScope;
import dev.walletplatform.kit.tracing.TraceAttributes;
import dev.walletplatform.kit.tracing.Tracing;
import dev.walletplatform.processors.deadletter.DeadLetter;
import dev.walletplatform.processors.ledger.model.LedgerMessage;
import dev.walletplatform.processors.ledger.model.Outcome;
import dev.walletplatform.processors.ledger.model.SourcePosition;
import dev.walletplatform.processors.ledger.rules.LedgerBatch;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The spans of one consumed batch, one per record: {@code "apply <topic>"} ({@link
 * SpanKind#CONSUMER CONSUMER}), child of the context the record carries, open from the poll until
 * the batch's offsets are committed (or it failed and will be redelivered — then the span ends as
 * an error, and the redelivery's spans are new children of the same parent). Once the database
 * decided, each span gets the message's id, kind and outcome, and the result (or dead letter)
 * published for it carries its context. Tracing changes nothing that is applied or sent: only the
 * headers of the produced records.
 */
public final class BatchTrace implements AutoCloseable {
  /** {@code APPLIED} or {@code REJECTED}. */
  static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("wallet.ledger.outcome");

  /** A rejection's reason code. */
  static final AttributeKey<String> REASON = AttributeKey.stringKey("wallet.ledger.reason_code");

  /** {@code DECIDED} now, {@code REDELIVERED} (decided before), {@code HASH_CONFLICT}. */
  static final AttributeKey<String> DISPOSITION =
      AttributeKey.stringKey("wallet.ledger.disposition");

  /** The record's place in its batch (0-based); the batch's size is a messaging attribute. */
  static final AttributeKey<Long> BATCH_INDEX = AttributeKey.longKey("wallet.applier.batch.index");

  static final AttributeKey<String> DEAD_LETTER =
      AttributeKey.stringKey("wallet.applier.dead_letter");

  /**
   * Per message, at DEBUG: what the ledger decided, under the message's trace_id and command_id.
   */
  private static final Logger LOG = LoggerFactory.getLogger(LedgerApplier.class);

  private final Tracing tracing;
  private final Map<SourcePosition, Span> spans;
  private boolean ended;

  private BatchTrace(Tracing tracing, Map<SourcePosition, Span> spans) {
    this.tracing = tracing;
    this.spans = spans;
  }

  static BatchTrace start(Tracing tracing, String consumerGroup, ConsumedBatch batch) {
    Map<SourcePosition, Span> spans = new LinkedHashMap<>();
    List<ConsumerRecord<byte[], byte[]>> records = batch.records();
    for (int i = 0; i < records.size(); i++) {
      ConsumerRecord<byte[], byte[]> record = records.get(i);
      spans.put(
          positionOf(record),
          tracing
              .tracer()
              .spanBuilder("apply " + record.topic())
              .setParent(tracing.kafka().extract(record.headers()))
              .setSpanKind(SpanKind.CONSUMER)
              .setAttribute(TraceAttributes.MESSAGING_SYSTEM, TraceAttributes.KAFKA)
              .setAttribute(TraceAttributes.DESTINATION, record.topic())
              .setAttribute(TraceAttributes.PARTITION, Integer.toString(record.partition()))
              .setAttribute(TraceAttributes.OFFSET, record.offset())
              .setAttribute(TraceAttributes.OPERATION_TYPE, "process")
              .setAttribute(TraceAttributes.CONSUMER_GROUP, consumerGroup)
              .setAttribute(TraceAttributes.BATCH_SIZE, (long) records.size())
              .setAttribute(BATCH_INDEX, (long) i)
              .startSpan());
    }
    return new BatchTrace(tracing, spans);
  }

  /**
   * The database committed: each message's span gets what was decided; one DEBUG line per message
   * under its trace_id and command_id.
   */
  @SuppressWarnings("try") // the hop's scope is held while the outcome is logged
  void decided(AppliedBatch applied) {
    for (LedgerBatch.Handled handled : applied.handled()) {
      LedgerMessage message = handled.message();
      Outcome outcome = handled.outcome();
      Span span = spans.getOrDefault(message.source(), Span.getInvalid());
      String id = message.id().toString();
      span.setAttribute(
          message.request() != null ? TraceAttributes.COMMAND_ID : TraceAttributes.EVENT_ID, id);
      span.setAttribute(TraceAttributes.COMMAND_KIND, message.kind().name());
      span.setAttribute(OUTCOME, outcome.status().name());
      if (outcome.reasonCode() != null) {
        span.setAttribute(REASON, outcome.reasonCode());
      }
      span.setAttribute(DISPOSITION, handled.disposition().name());
      if (LOG.isDebugEnabled()) {
        try (HopScope hop = HopScope.enter(span, id)) {
          LOG.debug(
              "{} {} {}{} ({}, {})",
              message.kind(),
              id,
              outcome.status(),
              outcome.reasonCode() == null ? "" : " " + outcome.reasonCode(),
              handled.disposition(),
              message.source());
        }
      }
    }
    for (DeadLetter letter : applied.deadLetters()) {
      Span span = spans.getOrDefault(positionOf(letter.source()), Span.getInvalid());
      span.setAttribute(DEAD_LETTER, letter.code().name());
      span.setStatus(StatusCode.ERROR, letter.code().name());
    }
  }

  /** Writes the span of the message read at {@code source} into a produced record's headers. */
  void inject(SourcePosition source, Headers headers) {
    Span span = spans.get(source);
    if (span != null) {
      tracing.kafka().inject(span, headers);
    }
  }

  /** As {@link #inject(SourcePosition, Headers)}, for the record a dead letter is made of. */
  void inject(ConsumerRecord<byte[], byte[]> source, Headers headers) {
    inject(positionOf(source), headers);
  }

  /** The batch failed and will be redelivered: its spans end as errors. */
  void failed(RuntimeException cause) {
    for (Span span : spans.values()) {
      span.setStatus(StatusCode.ERROR, "batch will be redelivered: " + cause);
    }
  }

  /** Ends every span of the batch; idempotent. */
  @Override
  public void close() {
    if (ended) {
      return;
    }
    ended = true;
    spans.values().forEach(Span::end);
  }

  private static SourcePosition positionOf(ConsumerRecord<byte[], byte[]> record) {
    return new SourcePosition(record.topic(), record.partition(), record.offset());
  }
}
