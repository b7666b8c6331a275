package dev.walletplatform.walletctl.offsets;

import java.time.Instant;

/** Where reset-offsets moves a group: one of these, chosen by exactly one option. */
sealed interface ResetTarget {
  /** The new offset of one partition, before clamping to what the partition holds. */
  long offsetFor(long current, long beginning, long end, long atTime);

  String describe();

  record ToTime(Instant time) implements ResetTarget {
    @Override
    public long offsetFor(long current, long beginning, long end, long atTime) {
      return atTime;
    }

    @Override
    public String describe() {
      return "the first record at or after " + time;
    }
  }

  record ToOffset(long offset) implements ResetTarget {
    @Override
    public long offsetFor(long current, long beginning, long end, long atTime) {
      return offset;
    }

    @Override
    public String describe() {
      return "offset " + offset;
    }
  }

  record ShiftBy(long delta) implements ResetTarget {
    @Override
    public long offsetFor(long current, long beginning, long end, long atTime) {
      return (current < 0 ? end : current) + delta;
    }

    @Override
    public String describe() {
      return "the committed offset " + (delta < 0 ? "minus " + -delta : "plus " + delta);
    }
  }

  record Earliest() implements ResetTarget {
    @Override
    public long offsetFor(long current, long beginning, long end, long atTime) {
      return beginning;
    }

    @Override
    public String describe() {
      return "the earliest offset";
    }
  }

  record Latest() implements ResetTarget {
    @Override
    public long offsetFor(long current, long beginning, long end, long atTime) {
      return end;
    }

    @Override
    public String describe() {
      return "the end (skips everything not yet consumed)";
    }
  }
}
