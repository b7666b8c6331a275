package dev.walletplatform.processors.screening;

import java.time.Duration;

/**
 * The epoch-aligned window of {@code size} holding an instant: [start, start + size). Aligned
 * windows need no state to find and are the same on every instance and every replay.
 */
record TumblingWindow(long start, long size) {
  static TumblingWindow of(long timeMs, Duration size) {
    long millis = size.toMillis();
    return new TumblingWindow(timeMs - Math.floorMod(timeMs, millis), millis);
  }

  long end() {
    return start + size;
  }

  /**
   * Whether the window no longer takes records: stream time (the newest accepted_at this task has
   * seen) passed its end by more than the grace. Counting into it now could let more commands
   * through than the limit for a window already judged, or count against one already forgotten.
   */
  boolean isClosedAt(long streamTimeMs, Duration grace) {
    return end() + grace.toMillis() <= streamTimeMs;
  }
}
