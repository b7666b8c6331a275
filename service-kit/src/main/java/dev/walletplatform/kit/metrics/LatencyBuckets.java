package dev.walletplatform.kit.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.annotation.Nullable;
import java.time.Duration;
import java.util.List;

/**
 * Every timer of the platform becomes a classic Prometheus histogram with these bucket bounds,
 * except the JVM's own (GC pauses stay count/sum/max). Quantiles computed per pod (summaries)
 * cannot be added up; buckets can: {@code histogram_quantile(0.99, sum by (le)
 * (rate(..._bucket[5m])))} answers p99 across every pod. One fixed set keeps series few (16 per
 * label set) and lets panels compare the HTTP hop with the accept-to-applied SLI bucket for bucket.
 */
public final class LatencyBuckets implements MeterFilter {
  /**
   * Upper bounds from 5 ms (a cached read) to 2 minutes (a command stuck behind a burst), finer
   * from 10 s to 30 s where the accept-to-applied target (30 s) is judged.
   */
  public static final List<Duration> BOUNDS =
      List.of(
          Duration.ofMillis(5),
          Duration.ofMillis(10),
          Duration.ofMillis(25),
          Duration.ofMillis(50),
          Duration.ofMillis(100),
          Duration.ofMillis(250),
          Duration.ofMillis(500),
          Duration.ofSeconds(1),
          Duration.ofMillis(2500),
          Duration.ofSeconds(5),
          Duration.ofSeconds(10),
          Duration.ofSeconds(15),
          Duration.ofSeconds(20),
          Duration.ofSeconds(30),
          Duration.ofSeconds(60),
          Duration.ofSeconds(120));

  @Override
  public @Nullable DistributionStatisticConfig configure(
      Meter.Id id, DistributionStatisticConfig config) {
    if (id.getType() != Meter.Type.TIMER || id.getName().startsWith("jvm.")) {
      return config;
    }
    double[] nanos = BOUNDS.stream().mapToDouble(Duration::toNanos).toArray();
    return DistributionStatisticConfig.builder()
        .percentilesHistogram(false)
        .serviceLevelObjectives(nanos)
        .build()
        .merge(config);
  }
}
