package dev.walletplatform.processors.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;

/**
 * At most {@code limit} commands per {@code window}: tumbling windows aligned to the epoch (a
 * one-minute window is [12:00:00, 12:01:00)), judged by each command's {@code accepted_at}, so a
 * replay decides like the first run. Checked by {@link ScreeningSettings}, which knows the key. The
 * window is Dropwizard's duration ({@code 1m}, {@code 1h}).
 */
public record WindowLimit(int limit, Duration window) {
  static final int MAX_LIMIT = 1_000_000;
  static final Duration MIN_WINDOW = Duration.seconds(1);
  static final Duration MAX_WINDOW = Duration.days(1);

  @JsonCreator
  public WindowLimit(
      @JsonProperty("limit") Integer limit, @JsonProperty("window") Duration window) {
    this(limit == null ? -1 : limit, window);
  }

  /** Throws naming {@code key} when the limit or window is missing or out of range. */
  WindowLimit checked(String key) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          key + ".limit must be 1.." + MAX_LIMIT + ", was: " + (limit == -1 ? "missing" : limit));
    }
    if (window == null
        || window.compareTo(MIN_WINDOW) < 0
        || window.compareTo(MAX_WINDOW) > 0
        || window.toNanoseconds() % 1_000_000_000L != 0) {
      throw new IllegalArgumentException(
          key
              + ".window must be whole seconds in "
              + MIN_WINDOW
              + ".."
              + MAX_WINDOW
              + ", was: "
              + window);
    }
    return this;
  }
}
