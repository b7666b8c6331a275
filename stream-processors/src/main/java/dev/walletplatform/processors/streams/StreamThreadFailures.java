package dev.walletplatform.processors.streams;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a stream thread's death does. Poison records never get here (the error handlers dead-letter
 * them), so this is trouble outside the records: an unreachable registry, a broker refusing us. The
 * thread is replaced after a growing pause and resumes from the last committed transaction; after
 * {@code maxInARow} deaths with no quiet {@code calm} between them the client shuts down, its state
 * becomes ERROR and /live fails, so the orchestrator restarts the process.
 */
public final class StreamThreadFailures implements StreamsUncaughtExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(StreamThreadFailures.class);
  private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
  private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

  private final int maxInARow;
  private final Duration calm;
  private final Counter replaced;
  private int inARow;
  private long lastFailureNanos;

  public StreamThreadFailures(int maxInARow, Duration calm, MeterRegistry metrics) {
    this.maxInARow = maxInARow;
    this.calm = calm;
    this.replaced = metrics.counter("streams.thread.replacements");
  }

  @Override
  public synchronized StreamThreadExceptionResponse handle(Throwable failure) {
    long now = System.nanoTime();
    inARow = lastFailureNanos != 0 && now - lastFailureNanos < calm.toNanos() ? inARow + 1 : 1;
    lastFailureNanos = now;
    if (inARow > maxInARow) {
      LOG.error(
          "stream thread died {} times in a row without {} of calm; shutting the Streams client down",
          inARow,
          calm,
          failure);
      return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }
    long pause = Math.min(MAX_PAUSE.toMillis(), FIRST_PAUSE.toMillis() << Math.min(inARow - 1, 10));
    LOG.warn("stream thread died (#{} in a row); replacing it in {} ms", inARow, pause, failure);
    replaced.increment();
    sleep(pause);
    return StreamThreadExceptionResponse.REPLACE_THREAD;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
