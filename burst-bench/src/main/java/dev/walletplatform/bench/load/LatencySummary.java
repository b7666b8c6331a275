package dev.walletplatform.bench.load;

import org.HdrHistogram.Histogram;

/** Percentiles of a latency histogram in milliseconds; all zero when nothing was recorded. */
public record LatencySummary(
    long count, double p50Ms, double p90Ms, double p99Ms, double p999Ms, double maxMs) {
  public static LatencySummary of(Histogram micros) {
    if (micros.getTotalCount() == 0) {
      return new LatencySummary(0, 0, 0, 0, 0, 0);
    }
    return new LatencySummary(
        micros.getTotalCount(),
        ms(micros.getValueAtPercentile(50)),
        ms(micros.getValueAtPercentile(90)),
        ms(micros.getValueAtPercentile(99)),
        ms(micros.getValueAtPercentile(99.9)),
        ms(micros.getMaxValue()));
  }

  private static double ms(long micros) {
    return micros / 1000.0;
  }
}
