package dev.walletplatform.deploychecks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletplatform.deploychecks.crd.ArgoRollouts;
import dev.walletplatform.deploychecks.strict.StrictKubernetesModel;
import dev.walletplatform.deploychecks.support.ExternalTool;
import dev.walletplatform.deploychecks.support.Kustomize;
import dev.walletplatform.deploychecks.support.Promtool;
import dev.walletplatform.deploychecks.support.RenderedManifests;
import dev.walletplatform.deploychecks.support.RepoLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The alerts and the canary analysis as Prometheus itself reads them: every overlay's rules pass
 * {@code promtool check rules}, and {@code promtool test rules} runs the unit tests in
 * src/test/resources/promtool on the rendered rules (written to target/promtool beside copies of
 * the test files, where {@code promtool test rules *.test.yaml} re-runs them by hand). Every alert
 * needs a case where it fires and one where it stays silent, and every metric of the canary
 * analysis a test of its query.
 */
class PromtoolRulesTest {
  /** The canary's rollouts-pod-template-hash in canary-analysis.test.yaml. */
  static final String CANARY_HASH = "6f7d8c9b5";

  static final String ALERT_RULES = "wallet-alerts.rules.yaml";
  static final String CANARY_RULES = "canary-analysis.rules.yaml";
  private static final String HASH_PLACEHOLDER = "{{args.canary-hash}}";
  private static final Path TESTS =
      RepoLayout.root().resolve("deploy-checks/src/test/resources/promtool");

  static Stream<Path> overlays() {
    return RepoLayout.overlays().stream();
  }

  /** spec.groups of every PrometheusRule the folder renders, in render order. */
  static List<JsonNode> ruleGroups(Path kustomization) {
    List<JsonNode> groups = new ArrayList<>();
    for (JsonNode rule : Kustomize.render(kustomization).ofKind("PrometheusRule")) {
      rule.path("spec").path("groups").forEach(groups::add);
    }
    return groups;
  }

  static Set<String> alertNames(List<JsonNode> groups) {
    Set<String> names = new TreeSet<>();
    for (JsonNode g : groups) {
      for (JsonNode r : g.path("rules")) {
        if (r.has("alert")) {
          names.add(r.path("alert").asText());
        }
      }
    }
    return names;
  }

  private static int ruleCount(List<JsonNode> groups) {
    return groups.stream().mapToInt(g -> g.path("rules").size()).sum();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void everyOverlaysRulesPassPromtoolCheck(Path overlay) {
    List<JsonNode> groups = ruleGroups(overlay);
    assertThat(groups).as("rule groups of %s", overlay).isNotEmpty();
    Path file =
        Promtool.writeRuleFile(
            RepoLayout.target("promtool-check").resolve(overlay.getFileName() + ".rules.yaml"),
            groups);

    Promtool.checkRules(ruleCount(groups), file);
  }

  /** So one overlay's rules under test stand for all of them. */
  @Test
  void everyOverlayRendersTheSameRules() {
    List<JsonNode> first = ruleGroups(RepoLayout.overlays().get(0));
    for (Path overlay : RepoLayout.overlays()) {
      assertThat(ruleGroups(overlay)).as("rule groups of %s", overlay).isEqualTo(first);
    }
  }

  @Test
  void theCanaryAnalysisPassesPromtoolCheck() {
    Path dir = RepoLayout.target("promtool-check");
    Map<String, String> records = canaryRecords();

    Promtool.checkRules(
        records.size(),
        Promtool.writeRuleFile(
            dir.resolve(CANARY_RULES),
            List.of(Promtool.recordingGroup("canary-analysis", records))));
  }

  @Test
  void alertsAndCanaryAnalysisBehaveAsTheirUnitTestsSay() {
    Path dir = preparedTestDir();
    List<Path> tests = testFiles(dir);

    ExternalTool.Result result = Promtool.testRules(dir, tests);

    if (!result.ok()) {
      throw new AssertionError(
          "promtool test rules failed (exit "
              + result.exitCode()
              + ") in "
              + dir
              + ":\n"
              + result.output());
    }
    assertThat(result.output()).as("promtool's report").contains("SUCCESS");
  }

  @Test
  void everyAlertHasAFiringAndASilentCase() {
    Set<String> alerts = alertNames(ruleGroups(RepoLayout.overlays().get(0)));
    Map<String, Integer> firing = new TreeMap<>();
    Map<String, Integer> silent = new TreeMap<>();
    for (Path file : testFiles(TESTS)) {
      for (JsonNode test : Promtool.readYaml(file).path("tests")) {
        for (JsonNode check : test.path("alert_rule_test")) {
          String alert = check.path("alertname").asText();
          assertThat(alerts)
              .as("alertname %s tested in %s is an alert of the rendered rules", alert, file)
              .contains(alert);
          Map<String, Integer> bucket = check.path("exp_alerts").isEmpty() ? silent : firing;
          bucket.merge(alert, 1, Integer::sum);
        }
      }
    }

    assertThat(firing.keySet())
        .as("alerts with a case where they fire (exp_alerts) in %s", TESTS)
        .containsAll(alerts);
    assertThat(silent.keySet())
        .as("alerts with a case where they stay silent (exp_alerts: []) in %s", TESTS)
        .containsAll(alerts);
  }

  @Test
  void everyMetricOfTheCanaryAnalysisHasAUnitTest() {
    Set<String> tested = new TreeSet<>();
    for (Path file : testFiles(TESTS)) {
      for (JsonNode test : Promtool.readYaml(file).path("tests")) {
        for (JsonNode check : test.path("promql_expr_test")) {
          tested.add(check.path("expr").asText());
        }
      }
    }

    for (String record : canaryRecords().keySet()) {
      assertThat(tested)
          .as("promql_expr_test exprs in %s reading %s", TESTS, record)
          .anyMatch(expr -> expr.contains(record));
    }
  }

  // The harness itself: a check that cannot fail proves nothing.

  @Test
  void promtoolFailsAUnitTestWhoseExpectationIsWrong() throws IOException {
    Path dir = preparedTestDir();
    ObjectNode wrong = (ObjectNode) Promtool.readYaml(dir.resolve("ingest-gateway.test.yaml"));
    JsonNode firingCase = null;
    for (JsonNode test : wrong.path("tests")) {
      for (JsonNode check : test.path("alert_rule_test")) {
        if (firingCase == null && !check.path("exp_alerts").isEmpty()) {
          firingCase = check;
        }
      }
    }
    assertThat(firingCase).as("a firing case in ingest-gateway.test.yaml").isNotNull();
    ((ObjectNode) firingCase.path("exp_alerts").get(0).path("exp_annotations"))
        .put("description", "not what the rule renders");
    Path file = Promtool.writeYaml(dir.resolve("wrong-expectation.yaml"), wrong);
    try {
      ExternalTool.Result result = Promtool.testRules(dir, List.of(file));

      assertThat(result.ok()).as("promtool test rules on %s", file).isFalse();
      assertThat(result.output()).contains("FAILED", "not what the rule renders");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void promtoolCheckRefusesAnInvalidExpression() {
    Path file =
        Promtool.writeRuleFile(
            RepoLayout.target("promtool-check").resolve("invalid.rules.yaml"),
            List.of(
                Promtool.recordingGroup(
                    "invalid",
                    Map.of("broken", "sum(rate(http_server_requests_seconds_count[5m])"))));

    assertThatThrownBy(() -> Promtool.checkRules(1, file))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("promtool check rules failed");
  }

  @Test
  void saysHowToInstallPromtoolWhenItIsMissing() {
    assertThat(Promtool.missingMessage("the alerts", "PATH=/nowhere"))
        .contains("scripts/ensure-prometheus.sh", "PATH=/nowhere", "the alerts");
  }

  /**
   * target/promtool with the rendered alert rules, the canary analysis as recording rules, and
   * copies of the unit tests (promtool resolves rule_files relative to each test file).
   */
  private static Path preparedTestDir() {
    Path dir = RepoLayout.target("promtool");
    if (Files.isDirectory(dir)) {
      // copies of test files deleted since the last run must not run again
      for (Path stale : listTestFiles(dir)) {
        try {
          Files.delete(stale);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    Promtool.writeRuleFile(dir.resolve(ALERT_RULES), ruleGroups(RepoLayout.overlays().get(0)));
    Promtool.writeRuleFile(
        dir.resolve(CANARY_RULES),
        List.of(Promtool.recordingGroup("canary-analysis", canaryRecords())));
    for (Path test : testFiles(TESTS)) {
      try {
        Files.copy(test, dir.resolve(test.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return dir;
  }

  /**
   * One recording rule per metric of the gateway's AnalysisTemplate, {@code analysis:<name>}, its
   * query with the canary's hash in place of Argo Rollouts' placeholder.
   */
  static Map<String, String> canaryRecords() {
    RenderedManifests overlay = Kustomize.render(RepoLayout.overlays().get(0));
    ArgoRollouts.AnalysisTemplate template =
        StrictKubernetesModel.customResource(
            overlay.get("AnalysisTemplate", "gateway-error-rate"),
            ArgoRollouts.AnalysisTemplate.class);
    Map<String, String> records = new LinkedHashMap<>();
    for (ArgoRollouts.Metric metric : template.spec().metrics()) {
      String query = metric.provider().prometheus().query();
      assertThat(query).as("query of %s", metric.name()).contains(HASH_PLACEHOLDER);
      String filled = query.replace(HASH_PLACEHOLDER, CANARY_HASH);
      assertThat(filled).as("query of %s, filled in", metric.name()).doesNotContain("{{");
      records.put("analysis:" + metric.name().replace('-', '_'), filled);
    }
    return records;
  }

  static List<Path> testFiles(Path dir) {
    List<Path> tests = listTestFiles(dir);
    assertThat(tests).as("promtool unit tests in %s", dir).isNotEmpty();
    return tests;
  }

  private static List<Path> listTestFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".test.yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
