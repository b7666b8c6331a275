package dev.walletplatform.infra.prometheus;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How to run a {@link PrometheusServer}.
 *
 * @param targets the scrape jobs (job names unique)
 * @param scrapeInterval how often every target is scraped (1 s suits tests; Kubernetes uses 15 s)
 * @param evaluationInterval how often the rule files are evaluated
 * @param ruleFiles Prometheus rule files (alerting and recording rules) to load
 * @param workDir config, TSDB and log; null = a new temp dir
 * @param keepWorkDir keep the work dir after {@link PrometheusServer#close()}
 * @param startTimeout how long {@link PrometheusServer#start()} waits for {@code /-/ready}
 */
public record PrometheusConfig(
    List<ScrapeTarget> targets,
    Duration scrapeInterval,
    Duration evaluationInterval,
    List<Path> ruleFiles,
    Path workDir,
    boolean keepWorkDir,
    Duration startTimeout) {

  public PrometheusConfig {
    targets = List.copyOf(targets);
    ruleFiles = List.copyOf(ruleFiles);
    if (targets.stream().map(ScrapeTarget::job).distinct().count() != targets.size()) {
      throw new IllegalArgumentException("job names must be unique: " + targets);
    }
    requireWholeMillis(scrapeInterval, "scrapeInterval");
    requireWholeMillis(evaluationInterval, "evaluationInterval");
    if (startTimeout.isNegative() || startTimeout.isZero()) {
      throw new IllegalArgumentException("startTimeout must be positive, got " + startTimeout);
    }
  }

  /** No targets yet, scrape and evaluate every 15 s, a temp work dir, 30 s to start. */
  public static PrometheusConfig defaults() {
    return new PrometheusConfig(
        List.of(),
        Duration.ofSeconds(15),
        Duration.ofSeconds(15),
        List.of(),
        null,
        false,
        Duration.ofSeconds(30));
  }

  public PrometheusConfig withTarget(ScrapeTarget target) {
    List<ScrapeTarget> more = new ArrayList<>(targets);
    more.add(target);
    return new PrometheusConfig(
        more, scrapeInterval, evaluationInterval, ruleFiles, workDir, keepWorkDir, startTimeout);
  }

  /** Scrape and evaluate at this interval. */
  public PrometheusConfig withScrapeInterval(Duration value) {
    return new PrometheusConfig(
        targets, value, value, ruleFiles, workDir, keepWorkDir, startTimeout);
  }

  public PrometheusConfig withEvaluationInterval(Duration value) {
    return new PrometheusConfig(
        targets, scrapeInterval, value, ruleFiles, workDir, keepWorkDir, startTimeout);
  }

  public PrometheusConfig withRuleFile(Path file) {
    List<Path> more = new ArrayList<>(ruleFiles);
    more.add(file);
    return new PrometheusConfig(
        targets, scrapeInterval, evaluationInterval, more, workDir, keepWorkDir, startTimeout);
  }

  public PrometheusConfig withWorkDir(Path value) {
    return new PrometheusConfig(
        targets, scrapeInterval, evaluationInterval, ruleFiles, value, keepWorkDir, startTimeout);
  }

  public PrometheusConfig withKeepWorkDir(boolean value) {
    return new PrometheusConfig(
        targets, scrapeInterval, evaluationInterval, ruleFiles, workDir, value, startTimeout);
  }

  public PrometheusConfig withStartTimeout(Duration value) {
    return new PrometheusConfig(
        targets, scrapeInterval, evaluationInterval, ruleFiles, workDir, keepWorkDir, value);
  }

  private static void requireWholeMillis(Duration d, String name) {
    if (d.isNegative() || d.isZero() || d.toNanos() % 1_000_000 != 0) {
      throw new IllegalArgumentException(name + " must be a positive whole number of ms: " + d);
    }
  }
}
