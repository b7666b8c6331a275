package dev.walletplatform.processors.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;

/**
 * The {@code statusView} block: the command-status table and its query endpoint.
 *
 * @param retention how long a command id stays in the view after it was accepted; older ids are
 *     answered by the wallet service from the database
 * @param forwardTimeout how long this instance waits for the instance owning an id before it
 *     answers 503 (the wallet service then asks the database)
 */
public record StatusViewSettings(Duration retention, Duration forwardTimeout) {
  @JsonCreator
  public static StatusViewSettings fromYaml(
      @JsonProperty("retention") Duration retention, @JsonProperty("forwardTimeout") Duration forwardTimeout) {
    return new StatusViewSettings(retention == null ? Duration.ofDays(1) : retention,
        forwardTimeout == null ? Duration.ofMillis(300) : forwardTimeout);
  }

  public StatusViewSettings {
    if (retention.compareTo(Duration.ofMinutes(1)) < 0 || retention.compareTo(Duration.ofDays(30)) > 0) {
      throw new IllegalArgumentException("statusView.retention must be 1m..30d, was: " + retention);
    }
    if (forwardTimeout.toMillis() < 10 || forwardTimeout.compareTo(Duration.ofSeconds(10)) > 0) {
      throw new IllegalArgumentException("statusView.forwardTimeout must be 10ms..10s, was: " + forwardTimeout);
    }
  }

  public static StatusViewSettings defaults() {
    return fromYaml(null, null);
  }
}
