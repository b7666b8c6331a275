package dev.walletplatform.processors.screening;

import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * The verdict given to each counted command id, kept for the dedupe retention: a redelivery (the
 * gateway's producer retrying, a client retrying through another pod, an operator's replay) gets
 * the same verdict and is not counted twice. A window store keyed by command id at its accepted_at,
 * so old ids expire segment by segment instead of one delete each.
 */
final class ScreenedCommandIds {
  static final String PASSED = "PASSED";

  private final WindowStore<String, String> store;
  private final long retentionMs;

  ScreenedCommandIds(WindowStore<String, String> store, Duration retention) {
    this.store = store;
    this.retentionMs = retention.toMillis();
  }

  /**
   * {@link #PASSED} or the rejection reason given the first time, if the id was screened before.
   */
  Optional<String> earlierVerdict(String commandId, long timeMs) {
    // a retry through another gateway pod has the same id but a later accepted_at: look both ways
    try (WindowStoreIterator<String> found =
        store.fetch(commandId, Math.max(0, timeMs - retentionMs), timeMs + retentionMs)) {
      return found.hasNext() ? Optional.of(found.next().value) : Optional.empty();
    }
  }

  void remember(String commandId, String verdict, long timeMs) {
    store.put(commandId, verdict, timeMs);
  }
}
