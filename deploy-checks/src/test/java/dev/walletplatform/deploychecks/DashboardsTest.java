package dev.walletplatform.deploychecks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.walletplatform.deploychecks.support.Kustomize;
import dev.walletplatform.deploychecks.support.Promtool;
import dev.walletplatform.deploychecks.support.RenderedManifests;
import dev.walletplatform.deploychecks.support.RepoLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Grafana dashboards in k8s/base/dashboards: each is a dashboard Grafana can load, every panel
 * queries Prometheus through the datasource variable, every query is PromQL that Prometheus' parser
 * accepts (promtool check rules, each query as a recording rule), reads only series that exist, and
 * the overlays ship every dashboard as a ConfigMap the Grafana sidecar picks up.
 */
class DashboardsTest {
  private static final Path DASHBOARDS = RepoLayout.k8s().resolve("base/dashboards");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Grafana's interval variables, as Prometheus would see them for a 6 h dashboard. */
  private static final Map<String, String> GRAFANA_INTERVALS =
      Map.of("$__rate_interval", "5m", "$__interval", "1m", "$__range", "6h");

  /**
   * kubectl apply (Argo CD's default) keeps the whole object in an annotation, and annotations
   * together may hold at most 256 KiB: a larger dashboard would fail its sync.
   */
  private static final int MAX_DASHBOARD_BYTES = 200 * 1024;

  static Stream<Path> dashboardFiles() {
    try (Stream<Path> files = Files.list(DASHBOARDS)) {
      List<Path> json = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      assertThat(json).as("dashboards in %s", DASHBOARDS).isNotEmpty();
      return json.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new AssertionError(file + " is not JSON: " + e.getMessage(), e);
    }
  }

  /** Every panel, rows' nested panels included. */
  static List<JsonNode> panels(JsonNode dashboard) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode p : dashboard.path("panels")) {
      all.add(p);
      p.path("panels").forEach(all::add);
    }
    return all;
  }

  /** Panel title and refId => expr, for every query of the dashboard. */
  static Map<String, String> queries(JsonNode dashboard) {
    Map<String, String> exprs = new LinkedHashMap<>();
    for (JsonNode panel : panels(dashboard)) {
      for (JsonNode target : panel.path("targets")) {
        exprs.put(
            "panel "
                + panel.path("id").asInt()
                + " \""
                + panel.path("title").asText()
                + "\" "
                + target.path("refId").asText(),
            target.path("expr").asText());
      }
    }
    return exprs;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dashboardFiles")
  void isADashboardWithUidTitleAndPrometheusDatasourceVariable(Path file) {
    JsonNode d = read(file);

    assertThat(d.path("uid").asText()).as("uid of %s", file).matches("[a-z0-9-]{1,40}");
    assertThat(d.path("title").asText()).as("title of %s", file).isNotBlank();
    assertThat(d.path("schemaVersion").isInt()).as("schemaVersion of %s", file).isTrue();
    assertThat(d.path("templating").path("list"))
        .as("template variables of %s", file)
        .anySatisfy(
            v -> {
              assertThat(v.path("name").asText()).isEqualTo("datasource");
              assertThat(v.path("type").asText()).isEqualTo("datasource");
              assertThat(v.path("query").asText()).isEqualTo("prometheus");
            });
    assertThat(file.toFile().length()).as("size of %s", file).isLessThan(MAX_DASHBOARD_BYTES);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dashboardFiles")
  void everyPanelQueriesPrometheusThroughTheVariable(Path file) {
    JsonNode d = read(file);
    List<JsonNode> panels = panels(d);
    assertThat(panels).as("panels of %s", file).isNotEmpty();
    Set<Integer> ids = new HashSet<>();
    for (JsonNode p : panels) {
      String what = file.getFileName() + " panel " + p.path("id") + " " + p.path("title");
      assertThat(ids.add(p.path("id").asInt())).as("unique id of %s", what).isTrue();
      assertThat(p.path("title").asText()).as("title of %s", what).isNotBlank();
      assertThat(p.has("gridPos")).as("gridPos of %s", what).isTrue();
      if (p.path("type").asText().equals("row")) {
        assertThat(p.path("targets").isEmpty()).as("a row queries nothing: %s", what).isTrue();
        continue;
      }
      assertThat(p.path("targets")).as("targets of %s", what).isNotEmpty();
      assertThat(p.path("datasource").path("uid").asText())
          .as("datasource of %s", what)
          .isEqualTo("${datasource}");
      for (JsonNode t : p.path("targets")) {
        assertThat(t.path("expr").asText()).as("expr of %s %s", what, t.path("refId")).isNotBlank();
        assertThat(t.path("refId").asText()).as("refId in %s", what).isNotBlank();
        assertThat(t.path("datasource").path("uid").asText())
            .as("datasource of %s %s", what, t.path("refId"))
            .isEqualTo("${datasource}");
      }
    }
  }

  @Test
  void uidsAndTitlesAreUnique() {
    List<JsonNode> all = dashboardFiles().map(DashboardsTest::read).toList();

    assertThat(all).extracting(d -> d.path("uid").asText()).doesNotHaveDuplicates();
    assertThat(all).extracting(d -> d.path("title").asText()).doesNotHaveDuplicates();
  }

  /** Prometheus' own parser on every query: each one as a recording rule, for promtool. */
  @Test
  void everyQueryIsValidPromQl() {
    Map<String, String> records = new TreeMap<>();
    dashboardFiles()
        .forEach(
            file -> {
              JsonNode d = read(file);
              String uid = d.path("uid").asText().replace('-', '_');
              for (JsonNode panel : panels(d)) {
                for (JsonNode t : panel.path("targets")) {
                  String record =
                      "dashboard:"
                          + uid
                          + ":panel"
                          + panel.path("id").asInt()
                          + "_"
                          + t.path("refId").asText();
                  assertThat(records.put(record, promQl(t.path("expr").asText(), record)))
                      .as("two queries named %s", record)
                      .isNull();
                }
              }
            });
    assertThat(records).isNotEmpty();

    Path file =
        Promtool.writeRuleFile(
            RepoLayout.target("promtool-check").resolve("dashboards.rules.yaml"),
            List.of(Promtool.recordingGroup("dashboards", records)));
    Promtool.checkRules(records.size(), file);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dashboardFiles")
  void everyQueryReadsSeriesThatExist(Path file) throws IOException {
    for (Map.Entry<String, String> q : queries(read(file)).entrySet()) {
      AlertRulesTest.assertSeriesExist(file.getFileName() + " " + q.getKey(), q.getValue());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void everyOverlayShipsEveryDashboardForTheGrafanaSidecar(Path overlay) throws IOException {
    RenderedManifests rendered = Kustomize.render(overlay);
    Map<String, String> shipped = new TreeMap<>();
    for (JsonNode cm : rendered.ofKind("ConfigMap")) {
      if (!"1".equals(cm.path("metadata").path("labels").path("grafana_dashboard").asText())) {
        continue;
      }
      assertThat(RenderedManifests.namespace(cm))
          .as(RenderedManifests.describe(cm))
          .isEqualTo("wallet");
      cm.path("data").properties().forEach(e -> shipped.put(e.getKey(), e.getValue().asText()));
    }

    List<Path> files = dashboardFiles().toList();
    assertThat(shipped.keySet())
        .as("dashboard files in ConfigMaps labelled grafana_dashboard=1 of %s", overlay)
        .containsExactlyInAnyOrderElementsOf(
            files.stream().map(f -> f.getFileName().toString()).toList());
    for (Path f : files) {
      assertThat(shipped.get(f.getFileName().toString()))
          .as("%s as shipped by %s", f.getFileName(), overlay)
          .isEqualTo(Files.readString(f, StandardCharsets.UTF_8));
    }
  }

  static Stream<Path> overlays() {
    return RepoLayout.overlays().stream();
  }

  // The checker itself.

  @Test
  void refusesAGrafanaVariableItDoesNotKnow() {
    assertThatThrownBy(() -> promQl("sum(rate(x{pod=~\"$pod\"}[5m]))", "q"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("$pod");
  }

  @Test
  void refusesAQueryPrometheusCannotParse() {
    Path file =
        Promtool.writeRuleFile(
            RepoLayout.target("promtool-check").resolve("broken-dashboard.rules.yaml"),
            List.of(
                Promtool.recordingGroup(
                    "broken",
                    Map.of(
                        "dashboard:broken:panel1_A",
                        promQl(
                            "histogram_quantile(0.99, sum by (le) (rate(x_bucket[$__rate_interval]))",
                            "q")))));

    assertThatThrownBy(() -> Promtool.checkRules(1, file))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("promtool check rules failed");
  }

  /** The query as Prometheus receives it: Grafana's interval variables filled in, no others. */
  static String promQl(String expr, String what) {
    String filled = expr;
    for (Map.Entry<String, String> v : GRAFANA_INTERVALS.entrySet()) {
      filled = filled.replace(v.getKey(), v.getValue());
    }
    assertThat(filled)
        .as("%s uses only Grafana's interval variables %s", what, GRAFANA_INTERVALS.keySet())
        .doesNotContain("$");
    return filled;
  }
}
