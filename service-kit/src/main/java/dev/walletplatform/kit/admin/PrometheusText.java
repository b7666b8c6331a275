package dev.walletplatform.kit.admin;

import com.codahale.metrics.Counter;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.Histogram;
import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Snapshot;
import com.codahale.metrics.Timer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Renders a Dropwizard {@link MetricRegistry} in the Prometheus text exposition format (0.0.4).
 * Written here because no Dropwizard-5 bridge of the Prometheus client resolves on this build's
 * repository. The five metric kinds: Dropwizard counters become gauges (they can go down —
 * in-flight counts are counters there — which a Prometheus counter must never do), meters become
 * counters ({@code _total}), gauges gauges, histograms and timers summaries (timers in seconds).
 */
final class PrometheusText {
  private static final double[] QUANTILES = {0.5, 0.75, 0.95, 0.99, 0.999};

  private PrometheusText() {}

  public static String render(MetricRegistry registry) {
    StringBuilder out = new StringBuilder(16 * 1024);
    registry.getCounters().forEach((name, counter) -> counter(out, name, counter));
    registry.getGauges().forEach((name, gauge) -> gauge(out, name, gauge));
    registry.getMeters().forEach((name, meter) -> meter(out, name, meter));
    registry.getHistograms().forEach((name, histogram) -> histogram(out, name, histogram));
    registry.getTimers().forEach((name, timer) -> timer(out, name, timer));
    return out.toString();
  }

  /** Prometheus names allow [a-zA-Z_:][a-zA-Z0-9_:]*; Dropwizard's use dots and dashes. */
  static String sanitize(String name) {
    String cleaned = name.replaceAll("[^a-zA-Z0-9_:]", "_");
    return Character.isDigit(cleaned.charAt(0)) ? "_" + cleaned : cleaned;
  }

  private static void counter(StringBuilder out, String name, Counter counter) {
    String n = sanitize(name);
    out.append("# TYPE ").append(n).append(" gauge\n");
    sample(out, n, "", (double) counter.getCount());
  }

  private static void gauge(StringBuilder out, String name, Gauge<?> gauge) {
    Object value;
    try {
      value = gauge.getValue();
    } catch (RuntimeException e) {
      return; // a gauge whose source is gone (closed pool) is skipped, not fatal for the scrape
    }
    double number;
    if (value instanceof Number n) {
      number = n.doubleValue();
    } else if (value instanceof Boolean b) {
      number = b ? 1 : 0;
    } else {
      return; // strings, collections: not representable as a sample
    }
    String n = sanitize(name);
    out.append("# TYPE ").append(n).append(" gauge\n");
    sample(out, n, "", number);
  }

  private static void meter(StringBuilder out, String name, Meter meter) {
    String n = sanitize(name) + "_total";
    out.append("# TYPE ").append(n).append(" counter\n");
    sample(out, n, "", (double) meter.getCount());
  }

  private static void histogram(StringBuilder out, String name, Histogram histogram) {
    summary(out, sanitize(name), histogram.getSnapshot(), histogram.getCount(), 1.0);
  }

  private static void timer(StringBuilder out, String name, Timer timer) {
    summary(
        out,
        sanitize(name) + "_seconds",
        timer.getSnapshot(),
        timer.getCount(),
        1.0 / TimeUnit.SECONDS.toNanos(1));
  }

  private static void summary(
      StringBuilder out, String n, Snapshot snapshot, long count, double scale) {
    out.append("# TYPE ").append(n).append(" summary\n");
    for (double q : QUANTILES) {
      sample(out, n, "{quantile=\"" + q + "\"}", snapshot.getValue(q) * scale);
    }
    sample(out, n + "_count", "", (double) count);
  }

  private static void sample(StringBuilder out, String name, String labels, double value) {
    out.append(name).append(labels).append(' ').append(format(value)).append('\n');
  }

  private static String format(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%s", value);
  }

  /** For tests and debugging: the names a registry would expose. */
  static Map<String, com.codahale.metrics.Metric> metrics(MetricRegistry registry) {
    return registry.getMetrics();
  }
}
