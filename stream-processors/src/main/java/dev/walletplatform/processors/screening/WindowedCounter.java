package dev.walletplatform.processors.screening;

import dev.walletplatform.processors.config.WindowLimit;
import java.time.Duration;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Counts admitted commands per subject (a device in a campaign, a wallet) and tumbling window, in a
 * changelogged window store: a command is admitted while its window's count is below the limit, and
 * only admitted commands are counted, so exactly {@code limit} pass per window.
 */
final class WindowedCounter {
  enum Admission {
    /** Under the limit: counted, may pass. */
    COUNTED,
    /** The window already holds {@code limit} commands of this subject. */
    OVER_LIMIT,
    /** Its window closed (see {@link TumblingWindow#isClosedAt}): passes uncounted. */
    LATE
  }

  private final WindowStore<String, Long> store;
  private final Duration grace;

  WindowedCounter(WindowStore<String, Long> store, Duration grace) {
    this.store = store;
    this.grace = grace;
  }

  Admission admit(String subject, long timeMs, WindowLimit limit, long streamTimeMs) {
    TumblingWindow window = TumblingWindow.of(timeMs, limit.window().toJavaDuration());
    if (window.isClosedAt(streamTimeMs, grace)) {
      return Admission.LATE;
    }
    Long counted = store.fetch(subject, window.start());
    long count = counted == null ? 0 : counted;
    if (count >= limit.limit()) {
      return Admission.OVER_LIMIT;
    }
    store.put(subject, count + 1, window.start());
    return Admission.COUNTED;
  }
}
