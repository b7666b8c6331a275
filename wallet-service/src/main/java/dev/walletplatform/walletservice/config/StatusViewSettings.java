package dev.walletplatform.walletservice.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * {@code statusView}: where the live command-status view of stream-processors answers (its internal
 * port, any instance: it routes to the one owning the id), with which key, and how long to wait for
 * it.
 *
 * @param url e.g. {@code http://ledger-applier-status:8093} (production's Service); the service
 *     asks the database alone when absent
 * @param apiKey sent as {@code Authorization: ApiKey <key>} (the view needs scope {@code
 *     status:read}); null when none is issued here — the view refuses every query then, so the
 *     database alone answers
 * @param timeout longest wait for the view before the database is asked instead (Dropwizard
 *     notation, default {@code 300ms})
 * @param cooldown after the view failed, how long to go straight to the database, so an outage of
 *     the view does not add {@code timeout} to every request (default {@code 5s})
 */
public record StatusViewSettings(URI url, String apiKey, Duration timeout, Duration cooldown) {
  /** Printable ASCII without spaces: a key goes into a header, where CR/LF would split it. */
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{16,256}");

  @JsonCreator
  public static StatusViewSettings fromYaml(
      @JsonProperty("url") String url,
      @JsonProperty("apiKey") String apiKey,
      @JsonProperty("timeout") Duration timeout,
      @JsonProperty("cooldown") Duration cooldown) {
    return new StatusViewSettings(
        url == null || url.isBlank() ? null : URI.create(url),
        apiKey == null || apiKey.isBlank() ? null : apiKey.trim(),
        timeout == null ? Duration.milliseconds(300) : timeout,
        cooldown == null ? Duration.seconds(5) : cooldown);
  }

  public StatusViewSettings {
    if (url != null
        && (url.getScheme() == null
            || !url.getScheme().startsWith("http")
            || url.getHost() == null)) {
      throw new IllegalArgumentException("statusView.url must be an http(s) URL, was: " + url);
    }
    if (apiKey != null && !KEY.matcher(apiKey).matches()) {
      // never echo the value: it is a credential
      throw new IllegalArgumentException(
          "statusView.apiKey must be 16-256 printable ASCII characters without spaces");
    }
    if (timeout.toMilliseconds() < 10 || timeout.compareTo(Duration.seconds(5)) > 0) {
      throw new IllegalArgumentException("statusView.timeout must be 10ms..5s, was: " + timeout);
    }
    if (cooldown.toNanoseconds() < 0 || cooldown.compareTo(Duration.minutes(5)) > 0) {
      throw new IllegalArgumentException("statusView.cooldown must be 0..5m, was: " + cooldown);
    }
  }

  public static StatusViewSettings disabled() {
    return fromYaml(null, null, null, null);
  }

  /**
   * The view is asked only with both a place and a key: without a key it would refuse every query.
   */
  public boolean enabled() {
    return url != null && apiKey != null;
  }

  @Override
  public String toString() {
    return "StatusViewSettings[url="
        + url
        + ", apiKey="
        + (apiKey == null ? "none" : "****")
        + ", timeout="
        + timeout
        + ", cooldown="
        + cooldown
        + "]";
  }
}
