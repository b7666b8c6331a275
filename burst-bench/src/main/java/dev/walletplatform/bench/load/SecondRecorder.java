package dev.walletplatform.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Per-second counts and latency histograms, filed under the second each request was <em>due</em>: a
 * request that waited behind a stall is charged to the second it should have gone out, with all of
 * its wait, so a stall cannot hide (no coordinated omission). Thread-safe: many virtual threads
 * record at once.
 */
final class SecondRecorder {
  /** Two minutes: a request slower than that is recorded at this value. */
  static final long MAX_LATENCY_MICROS = 120_000_000L;

  private final Bucket[] seconds;
  private final ConcurrentHistogram overall = histogram();

  private static final class Bucket {
    final LongAdder sent = new LongAdder();
    final LongAdder accepted = new LongAdder();
    final Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();
    final ConcurrentHistogram latency = histogram();
  }

  public SecondRecorder(int secondsCovered) {
    if (secondsCovered < 1) {
      throw new IllegalArgumentException("need at least one second, was " + secondsCovered);
    }
    seconds = new Bucket[secondsCovered];
    for (int i = 0; i < secondsCovered; i++) {
      seconds[i] = new Bucket();
    }
  }

  /**
   * @param dueSecond the second (from the run's start) the request was due in
   * @param latencyNanos from the due time to the answer
   */
  public void record(long dueSecond, Answer answer, long latencyNanos) {
    Bucket bucket = seconds[(int) Math.min(Math.max(dueSecond, 0), seconds.length - 1)];
    bucket.sent.increment();
    if (answer.accepted()) {
      bucket.accepted.increment();
    }
    bucket.byStatus.computeIfAbsent(answer.status(), s -> new LongAdder()).increment();
    if (answer.status() != Answer.NOT_SENT) {
      long micros = Math.min(Math.max(latencyNanos / 1_000, 1), MAX_LATENCY_MICROS);
      bucket.latency.recordValue(micros);
      overall.recordValue(micros);
    }
  }

  /** One row per second, in order; call once the run has finished. */
  public List<SecondStats> seconds() {
    List<SecondStats> rows = new ArrayList<>(seconds.length);
    for (int i = 0; i < seconds.length; i++) {
      Bucket b = seconds[i];
      Map<Integer, Long> statuses = new TreeMap<>();
      b.byStatus.forEach((status, count) -> statuses.put(status, count.sum()));
      rows.add(
          new SecondStats(
              i, b.sent.sum(), b.accepted.sum(), statuses, LatencySummary.of(b.latency)));
    }
    return rows;
  }

  /** The whole run's latency distribution. */
  public Histogram overall() {
    return overall.copy();
  }

  private static ConcurrentHistogram histogram() {
    return new ConcurrentHistogram(MAX_LATENCY_MICROS, 3);
  }
}
