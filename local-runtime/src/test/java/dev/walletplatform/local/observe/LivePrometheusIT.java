package dev.walletplatform.local.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.walletplatform.infra.prometheus.PromSample;
import dev.walletplatform.infra.prometheus.PrometheusServer;
import dev.walletplatform.local.PlatformOptions;
import dev.walletplatform.local.RepoLayout;
import dev.walletplatform.local.RunningPlatform;
import dev.walletplatform.local.demo.DemoReport;
import dev.walletplatform.local.demo.DemoRun;
import dev.walletplatform.testsupport.promql.PromQlSelectors;
import dev.walletplatform.testsupport.promql.PromQlSelectors.LabelMatcher;
import dev.walletplatform.testsupport.promql.PromQlSelectors.Selector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Prometheus (Debian's, installed by scripts/ensure-prometheus.sh) scrapes the real local
 * platform through a small burst, loads the committed PrometheusRules, and is asked every query the
 * deployment ships: no dashboard panel is dead, no alert reads a misspelt metric or label, and
 * Prometheus evaluates every rule without error. Series only other exporters give (kube-state-
 * metrics, kafka-exporter, Argo Rollouts, MirrorMaker 2) cannot exist here; those queries are named
 * in the output, never passed silently.
 */
class LivePrometheusIT {
  /** Labels Kubernetes adds that a local scrape cannot carry. */
  private static final Set<String> KUBERNETES_LABELS =
      Set.of("job", "namespace", "pod", "rollouts_pod_template_hash", "__name__");

  @TempDir static Path work;

  @Test
  void everyShippedQueryReadsSeriesOfARealScrape() throws Exception {
    RepoLayout repo = RepoLayout.find();
    ShippedQueries shipped = ShippedQueries.read(repo.k8s());
    Set<String> thirdParty = thirdPartyMetrics(repo);
    assertThat(shipped.alerts()).as("alerts and the canary query").hasSizeGreaterThan(10);
    assertThat(shipped.panels()).as("dashboard panels").hasSizeGreaterThan(50);

    try (RunningPlatform platform = RunningPlatform.start(PlatformOptions.forTests(work));
        PlatformPrometheus prometheus =
            PlatformPrometheus.start(
                platform, repo, work.resolve("prometheus"), Duration.ofSeconds(1))) {
      DemoRun demo = new DemoRun(platform);
      List<String> wallets = demo.seed(12);
      DemoReport report = demo.burst(wallets, 600, 16);
      assertThat(report.lost()).isZero();
      demo.readBack(wallets, report.burst().acceptedCommandIds(), 50);
      PrometheusServer server = prometheus.server();
      // rate() over 1m needs two scrapes of the burst's counters: wait until the SLI has a rate
      await()
          .atMost(Duration.ofSeconds(90))
          .until(
              () ->
                  !server
                      .query(
                          "sum(rate(wallet_command_accept_to_applied_seconds_count{job=\"ledger-applier-admin\"}[1m])) > 0")
                      .isEmpty());
      awaitEveryRuleEvaluated(server);

      List<String> failures = new ArrayList<>();
      Set<String> onlyThirdParty = new TreeSet<>();
      Set<String> emptyByTheirFilter = new TreeSet<>();
      int panelsWithSeries = 0;
      for (ShippedQueries.Query query : concat(shipped.alerts(), shipped.panels())) {
        List<Selector> own =
            PromQlSelectors.in(query.expr()).stream()
                .filter(s -> s.metric() == null || !thirdParty.contains(s.metric()))
                .toList();
        if (own.isEmpty()) {
          onlyThirdParty.add(query.source());
          continue;
        }
        boolean filteredOut = false;
        for (Selector selector : own) {
          filteredOut |= checkSelector(server, query, selector, failures);
        }
        if (query.kind() == ShippedQueries.Kind.PANEL) {
          if (!server.query(query.expr()).isEmpty()) {
            panelsWithSeries++;
          } else if (filteredOut) {
            emptyByTheirFilter.add(query.source());
          } else {
            failures.add(
                query.source()
                    + ": every series it reads exists, yet the panel's query returns nothing: "
                    + query.expr());
          }
        }
      }
      System.out.printf(
          "LIVE PROMETHEUS CHECK: %d alert/canary queries and %d panel queries against a real"
              + " scrape; %d panels drew series.%n  NOT CHECKABLE LOCALLY (read only other"
              + " exporters' series): %s%n  EMPTY IN THIS RUN ONLY BECAUSE OF THEIR FILTERS (the"
              + " metric and labels exist): %s%n",
          shipped.alerts().size(),
          shipped.panels().size(),
          panelsWithSeries,
          onlyThirdParty,
          emptyByTheirFilter);
      assertThat(failures).as("queries that read nothing a real scrape has").isEmpty();
    }
  }

  /**
   * The selector's metric must be scraped from the job it names, carrying every label it filters
   * on. True when the series exist but its value filters match none of them (an error series in a
   * run without errors).
   */
  private static boolean checkSelector(
      PrometheusServer server,
      ShippedQueries.Query query,
      Selector selector,
      List<String> failures) {
    String scoped = render(selector, true);
    List<PromSample> series = server.query(scoped);
    if (series.isEmpty()) {
      failures.add(query.source() + " reads " + scoped + ": no such series in the scrape");
      return false;
    }
    for (String label : selector.labels().keySet()) {
      if (!KUBERNETES_LABELS.contains(label)
          && series.stream().noneMatch(s -> s.labels().containsKey(label))) {
        failures.add(
            query.source()
                + " filters on label '"
                + label
                + "', which no series of "
                + scoped
                + " carries; they have "
                + series.getFirst().labels().keySet());
      }
    }
    return server.query(render(selector, false)).isEmpty();
  }

  /** The selector as PromQL: with only its job/namespace matchers, or with every matcher. */
  private static String render(Selector selector, boolean scopeOnly) {
    List<String> matchers = new ArrayList<>();
    if (selector.metric() != null) {
      matchers.add("__name__=\"" + selector.metric() + "\"");
    }
    for (Map.Entry<String, LabelMatcher> m : selector.labels().entrySet()) {
      boolean scope =
          m.getKey().equals("job")
              || m.getKey().equals("namespace")
              || m.getKey().equals("__name__");
      boolean kubernetesOnly = KUBERNETES_LABELS.contains(m.getKey()) && !scope;
      if ((scope || !scopeOnly) && !kubernetesOnly) {
        matchers.add(m.getKey() + m.getValue().op() + "\"" + m.getValue().value() + "\"");
      }
    }
    return "{" + String.join(", ", matchers) + "}";
  }

  /** Prometheus itself evaluates every loaded rule; none may report an error. */
  private static void awaitEveryRuleEvaluated(PrometheusServer server) {
    ObjectMapper json = new ObjectMapper();
    HttpClient http = HttpClient.newHttpClient();
    URI rulesUri = server.baseUri().resolve("/api/v1/rules");
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              JsonNode body =
                  json.readTree(
                      http.send(
                              HttpRequest.newBuilder(rulesUri).GET().build(),
                              HttpResponse.BodyHandlers.ofString())
                          .body());
              List<String> notOk = new ArrayList<>();
              int rules = 0;
              for (JsonNode group : body.path("data").path("groups")) {
                for (JsonNode rule : group.path("rules")) {
                  rules++;
                  if (!rule.path("health").asText().equals("ok")) {
                    notOk.add(
                        rule.path("name").asText()
                            + " "
                            + rule.path("health").asText()
                            + " "
                            + rule.path("lastError").asText());
                  }
                }
              }
              assertThat(rules).as("rules loaded by Prometheus").isGreaterThan(10);
              assertThat(notOk).as("rules Prometheus could not evaluate").isEmpty();
            });
  }

  private static Set<String> thirdPartyMetrics(RepoLayout repo) throws Exception {
    Path list =
        repo.k8s().getParent().resolve("deploy-checks/src/test/resources/metrics/third-party.txt");
    return Files.readAllLines(list).stream()
        .map(String::trim)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .collect(Collectors.toSet());
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
