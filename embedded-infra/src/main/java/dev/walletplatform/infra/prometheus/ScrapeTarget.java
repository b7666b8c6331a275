package dev.walletplatform.infra.prometheus;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One scrape job of a {@link PrometheusServer}: Prometheus scrapes {@code
 * scheme://address/metricsPath} and labels every series with {@code job} and {@code instance} (the
 * address), plus the static {@code labels} — {@code namespace="wallet"} makes a local scrape look
 * like the ServiceMonitors' in Kubernetes, so the same alert and dashboard expressions work.
 *
 * @param job the {@code job_name} (e.g. {@code ledger-applier-admin}); unique per server
 * @param address {@code host:port}
 * @param metricsPath the path of the metrics, {@code /metrics} by default
 * @param scheme {@code http} or {@code https}
 * @param insecureSkipVerify for {@code https} to a self-signed certificate (loopback only)
 * @param apiKey sent as {@code Authorization: ApiKey <apiKey>} (the admin ports' metrics key); null
 *     sends none
 * @param labels static labels added to every series of the job
 */
public record ScrapeTarget(
    String job,
    String address,
    String metricsPath,
    String scheme,
    boolean insecureSkipVerify,
    String apiKey,
    Map<String, String> labels) {

  public ScrapeTarget {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(address, "address");
    if (!job.matches("[a-zA-Z_][a-zA-Z0-9_.-]*")) {
      throw new IllegalArgumentException("job name must be a plain name, got " + job);
    }
    if (!address.matches("[^/\\s]+:\\d{1,5}")) {
      throw new IllegalArgumentException("address must be host:port, got " + address);
    }
    if (!metricsPath.startsWith("/")) {
      throw new IllegalArgumentException("metricsPath must start with /, got " + metricsPath);
    }
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("scheme must be http or https, got " + scheme);
    }
    for (String name : labels.keySet()) {
      if (!name.matches("[a-zA-Z_][a-zA-Z0-9_]*") || name.startsWith("__")) {
        throw new IllegalArgumentException("not a label name Prometheus accepts: " + name);
      }
    }
    labels = Map.copyOf(labels);
  }

  /** {@code http://address/metrics}, no credentials, no extra labels. */
  public static ScrapeTarget of(String job, String address) {
    return new ScrapeTarget(job, address, "/metrics", "http", false, null, Map.of());
  }

  public ScrapeTarget withMetricsPath(String value) {
    return new ScrapeTarget(job, address, value, scheme, insecureSkipVerify, apiKey, labels);
  }

  /** HTTPS; {@code insecureSkipVerify} for a self-signed certificate on loopback. */
  public ScrapeTarget withHttps(boolean skipVerify) {
    return new ScrapeTarget(job, address, metricsPath, "https", skipVerify, apiKey, labels);
  }

  public ScrapeTarget withApiKey(String value) {
    return new ScrapeTarget(job, address, metricsPath, scheme, insecureSkipVerify, value, labels);
  }

  public ScrapeTarget withLabel(String name, String value) {
    Map<String, String> more = new TreeMap<>(labels);
    more.put(name, value);
    return new ScrapeTarget(job, address, metricsPath, scheme, insecureSkipVerify, apiKey, more);
  }

  /** Never prints the key. */
  @Override
  public String toString() {
    return "ScrapeTarget["
        + job
        + " "
        + scheme
        + "://"
        + address
        + metricsPath
        + (apiKey == null ? "" : " (ApiKey)")
        + " "
        + labels
        + "]";
  }
}
