package dev.walletplatform.walletservice.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.time.Duration;

/**
 * {@code statusView}: where the live command-status view of stream-processors answers (its internal
 * port, any instance: it routes to the one owning the id), and how long to wait for it.
 *
 * @param url e.g. {@code http://stream-processors-status:8093}; the service asks the database alone when absent
 * @param timeout longest wait for the view before the database is asked instead (default 300 ms)
 * @param cooldown after the view failed, how long to go straight to the database, so an outage of the
 *     view does not add {@code timeout} to every request (default 5 s)
 */
public record StatusViewConfig(URI url, Duration timeout, Duration cooldown) {
  @JsonCreator
  public static StatusViewConfig fromYaml(@JsonProperty("url") String url, @JsonProperty("timeout") Duration timeout,
      @JsonProperty("cooldown") Duration cooldown) {
    return new StatusViewConfig(url == null || url.isBlank() ? null : URI.create(url),
        timeout == null ? Duration.ofMillis(300) : timeout, cooldown == null ? Duration.ofSeconds(5) : cooldown);
  }

  public StatusViewConfig {
    if (url != null && (url.getScheme() == null || !url.getScheme().startsWith("http") || url.getHost() == null)) {
      throw new IllegalArgumentException("statusView.url must be an http(s) URL, was: " + url);
    }
    if (timeout.toMillis() < 10 || timeout.compareTo(Duration.ofSeconds(5)) > 0) {
      throw new IllegalArgumentException("statusView.timeout must be 10ms..5s, was: " + timeout);
    }
    if (cooldown.isNegative() || cooldown.compareTo(Duration.ofMinutes(5)) > 0) {
      throw new IllegalArgumentException("statusView.cooldown must be 0..5m, was: " + cooldown);
    }
  }

  public static StatusViewConfig disabled() {
    return fromYaml(null, null, null);
  }

  public boolean enabled() {
    return url != null;
  }
}
