package dev.walletplatform.kit.tracing;

import com.google.errorprone.annotations.MustBeClosed;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Scope;
import jakarta.annotation.Nullable;
import org.slf4j.MDC;

/**
 * One hop working on one command: its span is the current one (so what the hop sends carries it)
 * and the logging MDC holds {@code trace_id} and {@code command_id} (the services' log format
 * prints both), until {@link #close()} restores what was there before. Use with try-with-resources,
 * on the thread that does the work:
 *
 * <pre>{@code
 * try (HopScope hop = HopScope.enter(span, commandId)) {
 *   ... // logs here carry trace_id and command_id
 * }
 * }</pre>
 */
public final class HopScope implements AutoCloseable {
  /** MDC key of the current trace's id (32 hex digits). */
  public static final String TRACE_ID = "trace_id";

  /** MDC key of the command (or event) the hop works on. */
  public static final String COMMAND_ID = "command_id";

  private final Scope current;
  private final @Nullable String previousTraceId;
  private final @Nullable String previousCommandId;
  private boolean closed;

  private HopScope(
      Scope current, @Nullable String previousTraceId, @Nullable String previousCommandId) {
    this.current = current;
    this.previousTraceId = previousTraceId;
    this.previousCommandId = previousCommandId;
  }

  /**
   * Makes {@code span} current and puts its trace id and {@code commandId} into the MDC; a null
   * {@code commandId} (not known yet, or a request that is no command) keeps the enclosing one.
   */
  @MustBeClosed
  @SuppressWarnings("MustBeClosedChecker") // the span's scope is owned and closed by the HopScope
  public static HopScope enter(Span span, @Nullable String commandId) {
    String previousTraceId = MDC.get(TRACE_ID);
    String previousCommandId = MDC.get(COMMAND_ID);
    SpanContext context = span.getSpanContext();
    if (context.isValid()) {
      MDC.put(TRACE_ID, context.getTraceId());
    }
    if (commandId != null) {
      MDC.put(COMMAND_ID, commandId);
    }
    return new HopScope(span.makeCurrent(), previousTraceId, previousCommandId);
  }

  /**
   * Names the command in the MDC for the rest of the innermost open scope (the command id becomes
   * known during the hop, e.g. once the gateway derived it).
   */
  public static void commandId(String commandId) {
    MDC.put(COMMAND_ID, commandId);
  }

  /** Restores the MDC and the current span as they were; idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    current.close();
    restore(TRACE_ID, previousTraceId);
    restore(COMMAND_ID, previousCommandId);
  }

  private static void restore(String key, @Nullable String previous) {
    if (previous == null) {
      MDC.remove(key);
    } else {
      MDC.put(key, previous);
    }
  }
}
