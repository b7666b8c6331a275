package dev.walletplatform.infra.prometheus;

import java.time.Instant;
import java.util.Map;

/**
 * An active target as Prometheus reports it ({@code /api/v1/targets}).
 *
 * @param job the scrape pool (job name)
 * @param scrapeUrl what Prometheus scrapes
 * @param health {@code up}, {@code down} or {@code unknown} (not scraped yet)
 * @param lastError why the last scrape failed; empty when it did not
 * @param lastScrape when it was last scraped; null before the first scrape
 * @param labels the target's labels (job, instance and the static labels)
 */
public record ScrapeTargetHealth(
    String job,
    String scrapeUrl,
    String health,
    String lastError,
    Instant lastScrape,
    Map<String, String> labels) {
  public ScrapeTargetHealth {
    labels = Map.copyOf(labels);
  }

  public boolean isUp() {
    return "up".equals(health);
  }
}
