package dev.walletplatform.processors.screening;

import dev.walletplatform.kit.tracing.TraceAttributes;
import dev.walletplatform.kit.tracing.Tracing;
import dev.walletplatform.processors.streams.serde.AcceptedCommand;
import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.command.v1.GiveawayClaimRequested;
import dev.walletplatform.schemas.command.v1.TransferRequested;
import dev.walletplatform.schemas.command.v1.WithdrawalRequested;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Screening's hop of a command's trace, for one wallet task: a {@link SpanKind#CONSUMER CONSUMER}
 * span {@value #SPAN_NAME} per command, child of the gateway's producer span (from the record's
 * {@code traceparent}), from its arrival to its verdict. A command that waits behind a claim keeps
 * its span open while it waits (in memory, by its pending key); the record screening sends on —
 * passed to the screened topic, or its rejection to the results topic — carries this span's context
 * in place of the gateway's.
 *
 * <p>The open spans are this task's only: a task that moves to another instance ends them there
 * ({@link #endWaiting}), and the new owner starts a fresh span for what it releases — a child of
 * the arriving claim verdict's context when that verdict is the command's own, else a new trace.
 * Tracing never changes what is decided or sent.
 */
final class ScreeningTraces {
  static final String SPAN_NAME = "screen " + Topics.COMMANDS;

  /** {@code PASSED}, or the rejection's reason code. */
  static final AttributeKey<String> VERDICT = AttributeKey.stringKey("wallet.screening.verdict");

  /** Where the command went: the screened topic or the results topic. */
  static final AttributeKey<String> SENT_TO = AttributeKey.stringKey("wallet.screening.sent_to");

  /** True for a command that waited behind a claim's device verdict. */
  static final AttributeKey<Boolean> WAITED = AttributeKey.booleanKey("wallet.screening.waited");

  static final String UNDECIDED = "UNDECIDED";

  private final Tracing tracing;
  private final Map<String, Span> waiting = new HashMap<>();

  ScreeningTraces(Tracing tracing) {
    this.tracing = tracing;
  }

  /** The span of a command just read, child of the context its record carries. */
  Span arrived(AcceptedCommand command, Headers headers, Optional<RecordMetadata> source) {
    return start(command, tracing.kafka().extract(headers), source);
  }

  /** The context a record carries (a claim verdict: its claim's, as the gateway sent it). */
  Context carried(Headers headers) {
    return tracing.kafka().extract(headers);
  }

  /**
   * The span of a waiting command about to be decided again: the one it arrived with, or — when
   * this task did not see it arrive — a new one, child of {@code parent}.
   */
  Span resumed(String pendingKey, AcceptedCommand command, Context parent) {
    Span span = waiting.remove(pendingKey);
    return span != null ? span : start(command, parent, Optional.empty());
  }

  /** The command's span stays open while it waits in the pending queue under {@code pendingKey}. */
  void waits(String pendingKey, Span span) {
    span.setAttribute(WAITED, true);
    waiting.put(pendingKey, span);
  }

  /**
   * Records the verdict on the span and writes its context into the headers of the record sent on.
   */
  void decided(Span span, String verdict, String sentTo, Headers out) {
    span.setAttribute(VERDICT, verdict);
    span.setAttribute(SENT_TO, sentTo);
    tracing.kafka().inject(span, out);
  }

  /** The task closes: what still waits is ended undecided (its next owner decides it). */
  void endWaiting() {
    waiting.values().forEach(span -> span.setAttribute(VERDICT, UNDECIDED).end());
    waiting.clear();
  }

  private Span start(AcceptedCommand command, Context parent, Optional<RecordMetadata> source) {
    var builder =
        tracing
            .tracer()
            .spanBuilder(SPAN_NAME)
            .setParent(parent)
            .setSpanKind(SpanKind.CONSUMER)
            .setAttribute(TraceAttributes.MESSAGING_SYSTEM, TraceAttributes.KAFKA)
            .setAttribute(TraceAttributes.DESTINATION, Topics.COMMANDS)
            .setAttribute(TraceAttributes.OPERATION_TYPE, "process")
            .setAttribute(TraceAttributes.COMMAND_ID, command.commandId())
            .setAttribute(TraceAttributes.COMMAND_KIND, kindOf(command));
    source.ifPresent(
        at ->
            builder
                .setAttribute(TraceAttributes.PARTITION, Integer.toString(at.partition()))
                .setAttribute(TraceAttributes.OFFSET, at.offset()));
    return builder.startSpan();
  }

  private static String kindOf(AcceptedCommand command) {
    return switch (command.command().getPayload()) {
      case TransferRequested transfer -> "TRANSFER";
      case WithdrawalRequested withdrawal -> "WITHDRAWAL";
      case GiveawayClaimRequested claim -> "GIVEAWAY_CLAIM";
      default -> command.command().getPayload().getClass().getSimpleName();
    };
  }
}
