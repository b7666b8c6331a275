package dev.walletplatform.deploychecks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.deploychecks.crd.ArgoRollouts;
import dev.walletplatform.deploychecks.crd.PrometheusOperator;
import dev.walletplatform.deploychecks.strict.StrictKubernetesModel;
import dev.walletplatform.deploychecks.support.Kustomize;
import dev.walletplatform.deploychecks.support.RenderedManifests;
import dev.walletplatform.deploychecks.support.RepoLayout;
import dev.walletplatform.testsupport.promql.PromQlSelectors;
import dev.walletplatform.testsupport.promql.PromQlSelectors.Selector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every alert is actionable: it reads series that exist and links a runbook that exists. */
class AlertRulesTest {
  private static final Pattern RUNBOOK =
      Pattern.compile(
          "https://github\\.com/walletplatform/wallet-platform/blob/main/(docs/runbooks/[a-z0-9-]+\\.md)(?:#([a-z0-9-]+))?");

  /**
   * The admin Services ServiceMonitors scrape (job label = Service name) => that service's metric
   * list.
   */
  private static final Map<String, String> JOB_METRICS =
      Map.of(
          "ingest-gateway-admin",
          "ingest-gateway",
          "ledger-applier-admin",
          "ledger-applier",
          "wallet-service-admin",
          "wallet-service");

  /**
   * The failure modes the platform promised to page on (issue 5), and the SLI, Kafka Streams and
   * JVM alerts of issue 15.
   */
  private static final Set<String> REQUIRED_ALERTS =
      Set.of(
          "GatewayErrorRateHigh",
          "WalletServiceErrorRateHigh",
          "PodCrashLooping",
          "LedgerConsumerLagGrowing",
          "LedgerPoolSaturated",
          "WalletServicePoolSaturated",
          "DeadLettersArriving",
          "GatewayCanaryFailed",
          "CommandAcceptToAppliedSlow",
          "CommandScreeningSlow",
          "StreamsNotRunning",
          "JvmHeapAfterGcHigh");

  static List<PrometheusOperator.Rule> rules() {
    RenderedManifests rendered = Kustomize.render(RepoLayout.overlays().get(0));
    return rendered.ofKind("PrometheusRule").stream()
        .map(n -> StrictKubernetesModel.customResource(n, PrometheusOperator.PrometheusRule.class))
        .flatMap(r -> r.spec().groups().stream())
        .flatMap(g -> g.rules().stream())
        .toList();
  }

  @Test
  void coversEveryFailureMode() {
    assertThat(rules())
        .extracting(PrometheusOperator.Rule::alert)
        .containsAll(REQUIRED_ALERTS)
        .doesNotHaveDuplicates();
  }

  @Test
  void everyAlertLinksARunbookThatExists() throws IOException {
    for (PrometheusOperator.Rule rule : rules()) {
      String url = rule.annotations().get("runbook_url");
      assertThat(url).as("runbook_url of %s", rule.alert()).isNotNull().matches(RUNBOOK);
      Matcher m = RUNBOOK.matcher(url);
      assertThat(m.matches()).isTrue();
      Path runbook = RepoLayout.root().resolve(m.group(1));
      assertThat(runbook).as("runbook of %s", rule.alert()).isRegularFile();
      if (m.group(2) != null) {
        assertThat(headingAnchors(runbook))
            .as("headings of %s (anchor of %s)", runbook.getFileName(), rule.alert())
            .contains(m.group(2));
      }
    }
  }

  @Test
  void everyAlertSaysHowBadAndWhat() {
    for (PrometheusOperator.Rule rule : rules()) {
      assertThat(rule.labels().get("severity"))
          .as("severity of %s", rule.alert())
          .isIn("critical", "warning");
      assertThat(rule.annotations())
          .as("annotations of %s", rule.alert())
          .containsKeys("summary", "description");
    }
  }

  /**
   * The 5xx share of all requests, from the Jersey timer's count. How the expressions behave on
   * series (below and above 2%, no 5xx at all, no traffic) is PromtoolRulesTest's.
   */
  @Test
  void errorRateAlertsFireAboveTwoPercent() {
    assertThat(rules())
        .filteredOn(r -> r.alert().endsWith("ErrorRateHigh"))
        .hasSize(2)
        .allSatisfy(
            r ->
                assertThat(r.expr())
                    .contains("http_server_requests_seconds_count")
                    .contains("status=~\"5..\"")
                    .containsPattern(">\\s*0\\.02\\s*$"));
  }

  /** The SLI alerts compute a quantile over every pod's buckets, not an average of pods' ones. */
  @Test
  void latencyAlertsTakeTheQuantileOverTheSummedBuckets() {
    assertThat(rules())
        .filteredOn(r -> r.alert().startsWith("Command") && r.alert().endsWith("Slow"))
        .hasSize(2)
        .allSatisfy(
            r ->
                assertThat(r.expr().replaceAll("\\s+", " "))
                    .containsPattern(
                        "histogram_quantile\\(0\\.99, sum by \\(le\\) \\(rate\\(wallet_command_accept_to_\\w+_seconds_bucket\\{"));
  }

  @Test
  void alertsReadOnlySeriesThatExist() throws IOException {
    for (PrometheusOperator.Rule rule : rules()) {
      assertSeriesExist(rule.alert(), rule.expr());
    }
  }

  @Test
  void theCanaryAnalysisReadsSeriesThatExist() throws IOException {
    RenderedManifests gateway = Kustomize.render(RepoLayout.k8s().resolve("base/ingest-gateway"));
    var template =
        StrictKubernetesModel.customResource(
            gateway.get("AnalysisTemplate", "gateway-error-rate"),
            ArgoRollouts.AnalysisTemplate.class);
    for (ArgoRollouts.Metric metric : template.spec().metrics()) {
      assertSeriesExist(
          "AnalysisTemplate " + metric.name(), metric.provider().prometheus().query());
      assertThat(metric.provider().prometheus().query())
          .contains("rollouts_pod_template_hash=\"{{args.canary-hash}}\"");
    }
  }

  @Test
  void refusesASeriesTheServiceDoesNotExport() {
    String typo = "sum(rate(http_server_request_seconds_count{job=\"ingest-gateway-admin\"}[5m]))";

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertSeriesExist("typo", typo))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("http_server_request_seconds_count");
  }

  @Test
  void refusesASeriesOneOfTheMatchedJobsDoesNotExport() {
    // the gateway has no database pool
    String expr =
        "max(hikaricp_connections_pending{job=~\"ingest-gateway-admin|wallet-service-admin\"})";

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertSeriesExist("pool", expr))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ingest-gateway-admin");
  }

  /**
   * Each selector's metric is in the list of the job it names ({@code job="x"}, or every job a
   * {@code job=~"..."} matches), or in third-party.txt when it names no job.
   */
  static void assertSeriesExist(String what, String expr) throws IOException {
    List<Selector> selectors = PromQlSelectors.in(expr);
    assertThat(selectors).as("series read by %s", what).isNotEmpty();
    for (Selector s : selectors) {
      for (String job : jobsOf(what, s)) {
        Set<String> known =
            job == null
                ? metricList("third-party")
                : metricList(JOB_METRICS.getOrDefault(job, "unknown-job-" + job));
        if (s.metric() != null) {
          assertThat(known)
              .as("%s reads %s%s", what, s.metric(), job == null ? "" : " from job " + job)
              .contains(s.metric());
        } else {
          String regex = s.label("__name__");
          assertThat(regex)
              .as("%s: a selector without a metric name needs __name__", what)
              .isNotNull();
          assertThat(known)
              .as("%s: some series of job %s matches %s", what, job, regex)
              .anyMatch(n -> n.matches(regex));
        }
      }
    }
  }

  /** The jobs a selector reads: one, every known job its regex matches, or none (null). */
  private static List<String> jobsOf(String what, Selector s) {
    PromQlSelectors.LabelMatcher job = s.labels().get("job");
    if (job == null) {
      return java.util.Collections.singletonList(null);
    }
    if (job.op().equals("=")) {
      return List.of(job.value());
    }
    assertThat(job.op()).as("%s: job matcher of %s", what, s.metric()).isEqualTo("=~");
    List<String> matched =
        JOB_METRICS.keySet().stream().filter(j -> j.matches(job.value())).sorted().toList();
    assertThat(matched).as("%s: jobs matching %s", what, job.value()).isNotEmpty();
    return matched;
  }

  static Set<String> metricList(String name) throws IOException {
    try (InputStream in = AlertRulesTest.class.getResourceAsStream("/metrics/" + name + ".txt")) {
      assertThat(in).as("metric list %s.txt", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .collect(Collectors.toSet());
    }
  }

  /** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes. */
  static Set<String> headingAnchors(Path markdown) throws IOException {
    return Files.readAllLines(markdown).stream()
        .filter(l -> l.startsWith("#"))
        .map(
            l ->
                l.replaceFirst("^#+\\s*", "")
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9 _-]", "")
                    .trim()
                    .replace(' ', '-'))
        .collect(Collectors.toSet());
  }
}
