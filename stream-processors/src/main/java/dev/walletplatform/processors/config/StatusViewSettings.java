package dev.walletplatform.processors.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.walletplatform.kit.auth.apikey.ApiKeyRing;
import dev.walletplatform.kit.auth.apikey.ConfiguredApiKey;
import io.dropwizard.util.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code statusView} block: the command-status table and its query endpoint.
 *
 * @param retention how long a command id stays in the view after it was accepted; older ids are
 *     answered by the wallet service from the database
 * @param forwardTimeout how long this instance waits for the instance owning an id before it
 *     answers 503 (the wallet service then asks the database)
 * @param callers the API keys the status port accepts; a caller needs scope {@value #READ_SCOPE}.
 *     None issued: the port refuses every query (the wallet service then asks the database)
 * @param peerApiKey the key this instance presents when it forwards a query to the instance owning
 *     the id; every instance runs the same config, so it must be one of {@code callers} with
 *     {@value #READ_SCOPE} ({@link #requirePeerKeyAccepted}, at start). Empty: forwarded queries
 *     carry no key, so an owner elsewhere refuses them and the answer is 503
 */
public record StatusViewSettings(
    Duration retention,
    Duration forwardTimeout,
    List<ConfiguredApiKey> callers,
    Optional<String> peerApiKey) {
  public static final String READ_SCOPE = "status:read";

  /** Printable ASCII without spaces: it goes into an HTTP header as it is. */
  private static final Pattern KEY =
      Pattern.compile("[\\x21-\\x7e]{16," + ApiKeyRing.MAX_KEY_LENGTH + "}");

  @JsonCreator
  public static StatusViewSettings fromYaml(
      @JsonProperty("retention") Duration retention,
      @JsonProperty("forwardTimeout") Duration forwardTimeout,
      @JsonProperty("callers") List<ConfiguredApiKey> callers,
      @JsonProperty("peerApiKey") String peerApiKey) {
    return new StatusViewSettings(
        retention == null ? Duration.days(1) : retention,
        forwardTimeout == null ? Duration.milliseconds(300) : forwardTimeout,
        callers == null ? List.of() : callers,
        peerApiKey == null || peerApiKey.isBlank()
            ? Optional.empty()
            : Optional.of(peerApiKey.trim()));
  }

  public StatusViewSettings {
    if (retention.compareTo(Duration.minutes(1)) < 0
        || retention.compareTo(Duration.days(30)) > 0) {
      throw new IllegalArgumentException("statusView.retention must be 1m..30d, was: " + retention);
    }
    if (forwardTimeout.toMilliseconds() < 10
        || forwardTimeout.compareTo(Duration.seconds(10)) > 0) {
      throw new IllegalArgumentException(
          "statusView.forwardTimeout must be 10ms..10s, was: " + forwardTimeout);
    }
    callers = List.copyOf(callers);
    ConfiguredApiKey.ring(callers); // a name or hash listed twice fails here, naming it
    if (peerApiKey.isPresent() && !KEY.matcher(peerApiKey.get()).matches()) {
      throw new IllegalArgumentException(
          "statusView.peerApiKey must be 16.."
              + ApiKeyRing.MAX_KEY_LENGTH
              + " printable ASCII characters without spaces (length was "
              + peerApiKey.get().length()
              + ")");
    }
  }

  /**
   * Checked when the service starts, not when the file is read (a config check with sample secrets
   * cannot know which key a hash belongs to): the peers run this same config, so a key they would
   * not accept would fail every forwarded query.
   *
   * @throws IllegalArgumentException naming both keys when {@code peerApiKey} is set and is not a
   *     caller with {@value #READ_SCOPE}
   */
  public void requirePeerKeyAccepted() {
    if (peerApiKey.isPresent()
        && callerRing()
            .authenticate(peerApiKey.get())
            .filter(holder -> holder.may(READ_SCOPE))
            .isEmpty()) {
      throw new IllegalArgumentException(
          "statusView.peerApiKey matches no statusView.callers entry with scope "
              + READ_SCOPE
              + " (issued callers: "
              + issuedNames(callers)
              + "): the key and its hash come from"
              + " different secrets");
    }
  }

  public static StatusViewSettings defaults() {
    return fromYaml(null, null, null, null);
  }

  /** The keys the status port accepts (blank hashes left out). */
  public ApiKeyRing callerRing() {
    return ConfiguredApiKey.ring(callers);
  }

  private static List<String> issuedNames(List<ConfiguredApiKey> callers) {
    return callers.stream()
        .filter(c -> c.credential().isPresent())
        .map(ConfiguredApiKey::name)
        .toList();
  }

  @Override
  public String toString() {
    // never the key itself
    return "StatusViewSettings[retention="
        + retention
        + ", forwardTimeout="
        + forwardTimeout
        + ", callers="
        + callers
        + ", peerApiKey="
        + (peerApiKey.isPresent() ? "set" : "none")
        + "]";
  }
}
