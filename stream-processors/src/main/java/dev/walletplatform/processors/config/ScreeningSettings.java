package dev.walletplatform.processors.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.walletplatform.kit.config.ConfigDurations;
import io.dropwizard.util.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code screening} block: the abuse limits in front of the ledger; every key is optional.
 * Durations are Dropwizard's ({@code 30s}, {@code 1h}).
 *
 * @param claimsPerDevice giveaway claims one device (its X-Device-Id, else its client id) may make
 *     for one campaign per window; default 5 per minute
 * @param withdrawalsPerWallet withdrawals one wallet may request per window; default 10 per hour
 * @param grace how far behind the newest accepted_at a command may arrive and still be counted in
 *     its window; an older one passes uncounted (the ledger still applies its own rules)
 * @param dedupeRetention how long a screened command id is remembered so a redelivery gets the same
 *     verdict without being counted again; at least the longest window plus grace
 * @param campaigns per-campaign overrides of {@code claimsPerDevice}, by campaign id
 * @param verdictTimeout how long a claim (and its wallet's later commands) may wait for its device
 *     verdict before it passes unscreened; only a dead-lettered check makes one wait that long
 */
public record ScreeningSettings(
    WindowLimit claimsPerDevice,
    WindowLimit withdrawalsPerWallet,
    Duration grace,
    Duration dedupeRetention,
    Map<String, CampaignScreening> campaigns,
    Duration verdictTimeout) {

  private static final Pattern CAMPAIGN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{2,63}");
  private static final Duration MAX_GRACE = Duration.hours(1);
  private static final Duration MAX_DEDUPE = Duration.days(7);
  private static final Duration MIN_VERDICT_TIMEOUT = Duration.seconds(4);
  private static final Duration MAX_VERDICT_TIMEOUT = Duration.hours(1);

  /** Per-campaign settings; only the claim limit makes sense per campaign. */
  public record CampaignScreening(@JsonProperty("claimsPerDevice") WindowLimit claimsPerDevice) {}

  /** The YAML block, defaults filled in; the canonical constructor then checks everything. */
  @JsonCreator
  public static ScreeningSettings fromYaml(
      @JsonProperty("claimsPerDevice") WindowLimit claimsPerDevice,
      @JsonProperty("withdrawalsPerWallet") WindowLimit withdrawalsPerWallet,
      @JsonProperty("grace") Duration grace,
      @JsonProperty("dedupeRetention") Duration dedupeRetention,
      @JsonProperty("campaigns") Map<String, CampaignScreening> campaigns,
      @JsonProperty("verdictTimeout") Duration verdictTimeout) {
    return new ScreeningSettings(
        claimsPerDevice == null ? new WindowLimit(5, Duration.minutes(1)) : claimsPerDevice,
        withdrawalsPerWallet == null
            ? new WindowLimit(10, Duration.hours(1))
            : withdrawalsPerWallet,
        grace == null ? Duration.seconds(30) : grace,
        dedupeRetention,
        campaigns == null ? Map.of() : campaigns,
        verdictTimeout == null ? Duration.minutes(2) : verdictTimeout);
  }

  public ScreeningSettings {
    claimsPerDevice.checked("screening.claimsPerDevice");
    withdrawalsPerWallet.checked("screening.withdrawalsPerWallet");
    if (grace == null || grace.toNanoseconds() < 0 || grace.compareTo(MAX_GRACE) > 0) {
      throw new IllegalArgumentException(
          "screening.grace must be 0.." + MAX_GRACE + ", was: " + grace);
    }
    Map<String, CampaignScreening> checked = new LinkedHashMap<>();
    Objects.requireNonNull(campaigns, "campaigns")
        .forEach(
            (id, campaign) -> {
              if (id == null || !CAMPAIGN_ID.matcher(id).matches()) {
                throw new IllegalArgumentException(
                    "screening.campaigns has an invalid campaign id: " + id);
              }
              if (campaign == null || campaign.claimsPerDevice() == null) {
                throw new IllegalArgumentException(
                    "screening.campaigns." + id + ".claimsPerDevice is required");
              }
              campaign.claimsPerDevice().checked("screening.campaigns." + id + ".claimsPerDevice");
              checked.put(id, campaign);
            });
    campaigns = Map.copyOf(checked);
    if (verdictTimeout == null
        || verdictTimeout.compareTo(MIN_VERDICT_TIMEOUT) < 0
        || verdictTimeout.compareTo(MAX_VERDICT_TIMEOUT) > 0) {
      throw new IllegalArgumentException(
          "screening.verdictTimeout must be 4s..1h, was: " + verdictTimeout);
    }
    Duration needed =
        ConfigDurations.of(
            longestWindow(claimsPerDevice, withdrawalsPerWallet, campaigns)
                .plus(grace.toJavaDuration()));
    dedupeRetention =
        dedupeRetention == null
            ? ConfigDurations.of(needed.toJavaDuration().multipliedBy(2))
            : dedupeRetention;
    if (dedupeRetention.compareTo(needed) < 0 || dedupeRetention.compareTo(MAX_DEDUPE) > 0) {
      // shorter, and a redelivery inside a still-open window would be counted a second time
      throw new IllegalArgumentException(
          "screening.dedupeRetention must be at least the longest window plus grace ("
              + needed
              + ") and at most "
              + MAX_DEDUPE
              + ", was: "
              + dedupeRetention);
    }
  }

  public static ScreeningSettings defaults() {
    return fromYaml(null, null, null, null, null, null);
  }

  /** The claim limit of {@code campaignId}: its override, else {@link #claimsPerDevice()}. */
  public WindowLimit claimsPerDevice(String campaignId) {
    CampaignScreening override = campaigns.get(campaignId);
    return override == null ? claimsPerDevice : override.claimsPerDevice();
  }

  /**
   * The longest claim window, any campaign: how long claim counts must be kept (for the code, as a
   * {@link java.time.Duration}).
   */
  public java.time.Duration longestClaimWindow() {
    return longestWindow(claimsPerDevice, claimsPerDevice, campaigns);
  }

  private static java.time.Duration longestWindow(
      WindowLimit claims, WindowLimit withdrawals, Map<String, CampaignScreening> campaigns) {
    return Stream.concat(
            Stream.of(claims.window(), withdrawals.window()),
            campaigns.values().stream().map(c -> c.claimsPerDevice().window()))
        .map(Duration::toJavaDuration)
        .max(java.time.Duration::compareTo)
        .orElseThrow();
  }
}
