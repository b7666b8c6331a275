package dev.walletplatform.deploychecks.crd;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import java.util.List;
import java.util.Map;

/** Prometheus Operator (monitoring.coreos.com/v1): scrape targets and alerting rules. */
public final class PrometheusOperator {
  private PrometheusOperator() {}

  public record ServiceMonitor(
      @JsonProperty(required = true) String apiVersion,
      @JsonProperty(required = true) String kind,
      @JsonProperty(required = true) ObjectMeta metadata,
      @JsonProperty(required = true) ServiceMonitorSpec spec) {}

  public record ServiceMonitorSpec(
      @JsonProperty(required = true) LabelSelector selector,
      List<String> podTargetLabels,
      @JsonProperty(required = true) List<Endpoint> endpoints) {}

  public record Endpoint(
      @JsonProperty(required = true) String port,
      String path,
      String interval,
      String scrapeTimeout,
      SafeAuthorization authorization) {}

  /**
   * The scrape's {@code Authorization} header: {@code <type> <credentials>}; the admin ports want
   * {@code type: ApiKey} with the metrics key from a Secret of the monitor's namespace.
   */
  public record SafeAuthorization(
      String type, @JsonProperty(required = true) SecretKeySelector credentials) {}

  public record PrometheusRule(
      @JsonProperty(required = true) String apiVersion,
      @JsonProperty(required = true) String kind,
      @JsonProperty(required = true) ObjectMeta metadata,
      @JsonProperty(required = true) RuleSpec spec) {}

  public record RuleSpec(@JsonProperty(required = true) List<RuleGroup> groups) {}

  public record RuleGroup(
      @JsonProperty(required = true) String name,
      @JsonProperty(required = true) List<Rule> rules) {}

  /** An alerting rule (this deployment has no recording rules). */
  public record Rule(
      @JsonProperty(required = true) String alert,
      @JsonProperty(required = true) String expr,
      @JsonProperty("for") String forDuration,
      @JsonProperty(required = true) Map<String, String> labels,
      @JsonProperty(required = true) Map<String, String> annotations) {}
}
