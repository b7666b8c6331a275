package dev.walletplatform.bench.load;

import java.time.Duration;
import java.util.List;

/**
 * When each request is due: phases one after the other, requests evenly spaced at each phase's
 * rate. Pure arithmetic, so the same schedule is the same run — the point of an open model is that
 * these times never depend on how fast the target answered.
 */
public final class ArrivalSchedule {
  private final List<RatePhase> phases;
  private final long[] phaseStartNanos;
  private final long[] firstSeqOfPhase;
  private final long total;

  public ArrivalSchedule(List<RatePhase> phases) {
    if (phases.isEmpty()) {
      throw new IllegalArgumentException("a schedule needs at least one phase");
    }
    this.phases = List.copyOf(phases);
    this.phaseStartNanos = new long[phases.size()];
    this.firstSeqOfPhase = new long[phases.size()];
    long start = 0;
    long seq = 0;
    for (int i = 0; i < phases.size(); i++) {
      phaseStartNanos[i] = start;
      firstSeqOfPhase[i] = seq;
      start += phases.get(i).duration().toNanos();
      seq += phases.get(i).requests();
    }
    this.total = seq;
  }

  /** Every request of the run. */
  public long size() {
    return total;
  }

  public List<RatePhase> phases() {
    return phases;
  }

  public Duration duration() {
    RatePhase last = phases.get(phases.size() - 1);
    return Duration.ofNanos(phaseStartNanos[phases.size() - 1]).plus(last.duration());
  }

  /** Nanoseconds after the start at which request {@code seq} (0-based) is due. */
  public long dueNanos(long seq) {
    int phase = phaseOf(seq);
    long indexInPhase = seq - firstSeqOfPhase[phase];
    return phaseStartNanos[phase] + (long) (indexInPhase * 1e9 / phases.get(phase).ratePerSecond());
  }

  /** Index in {@link #phases()} of the phase request {@code seq} belongs to. */
  public int phaseOf(long seq) {
    if (seq < 0 || seq >= total) {
      throw new IndexOutOfBoundsException("request " + seq + " is not in a schedule of " + total);
    }
    int phase = phases.size() - 1;
    while (firstSeqOfPhase[phase] > seq || phases.get(phase).requests() == 0) {
      phase--;
    }
    return phase;
  }

  /** The phase that runs at {@code second} after the start (the last one past the end). */
  public RatePhase phaseAtSecond(long second) {
    long at = second * 1_000_000_000L;
    for (int i = phases.size() - 1; i >= 0; i--) {
      if (phaseStartNanos[i] <= at) {
        return phases.get(i);
      }
    }
    return phases.get(0);
  }
}
