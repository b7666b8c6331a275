package dev.walletplatform.kit.config;

import io.dropwizard.util.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Durations of the services' YAML are Dropwizard's {@link Duration} ({@code 30s}, {@code 500ms},
 * {@code 2m}: the notation of Dropwizard's own keys such as {@code server.shutdownGracePeriod}),
 * never ISO-8601. Code that works in {@link java.time.Duration} converts at the edge with {@link
 * Duration#toJavaDuration()}; this goes the other way, for defaults and derived values.
 */
public final class ConfigDurations {
  private ConfigDurations() {}

  /**
   * {@code duration} in the largest unit that holds it exactly, so it prints as a config file would
   * write it ({@code 2 minutes}, not {@code 120000 milliseconds}).
   *
   * @throws IllegalArgumentException when {@code duration} is negative or too long for nanoseconds
   */
  public static Duration of(java.time.Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("a configured duration cannot be negative: " + duration);
    }
    long nanos;
    try {
      nanos = duration.toNanos();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("duration too long: " + duration, e);
    }
    if (nanos == 0) {
      return Duration.seconds(0);
    }
    if (nanos % TimeUnit.DAYS.toNanos(1) == 0) {
      return Duration.days(TimeUnit.NANOSECONDS.toDays(nanos));
    }
    if (nanos % TimeUnit.HOURS.toNanos(1) == 0) {
      return Duration.hours(TimeUnit.NANOSECONDS.toHours(nanos));
    }
    if (nanos % TimeUnit.MINUTES.toNanos(1) == 0) {
      return Duration.minutes(TimeUnit.NANOSECONDS.toMinutes(nanos));
    }
    if (nanos % TimeUnit.SECONDS.toNanos(1) == 0) {
      return Duration.seconds(TimeUnit.NANOSECONDS.toSeconds(nanos));
    }
    if (nanos % TimeUnit.MILLISECONDS.toNanos(1) == 0) {
      return Duration.milliseconds(TimeUnit.NANOSECONDS.toMillis(nanos));
    }
    if (nanos % TimeUnit.MICROSECONDS.toNanos(1) == 0) {
      return Duration.microseconds(TimeUnit.NANOSECONDS.toMicros(nanos));
    }
    return Duration.nanoseconds(nanos);
  }
}
