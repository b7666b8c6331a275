package dev.walletplatform.walletctl.output;

import java.time.Duration;

/** Durations as operators read them: 45s, 3m12s, 2h05m, 4d03h. */
public final class Durations {
  private Durations() {}

  public static String human(Duration duration) {
    if (duration == null) {
      return "-";
    }
    long seconds = Math.max(0, duration.toSeconds());
    if (seconds < 60) {
      return seconds + "s";
    }
    if (seconds < 3_600) {
      return (seconds / 60) + "m" + pad(seconds % 60) + "s";
    }
    if (seconds < 86_400) {
      return (seconds / 3_600) + "h" + pad(seconds % 3_600 / 60) + "m";
    }
    return (seconds / 86_400) + "d" + pad(seconds % 86_400 / 3_600) + "h";
  }

  private static String pad(long value) {
    return value < 10 ? "0" + value : Long.toString(value);
  }
}
