package dev.walletplatform.local.observe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every PromQL expression the deployment ships: each alert and recording rule of the
 * PrometheusRules, the canary AnalysisTemplate's query, and each dashboard panel's target — as
 * Prometheus or Grafana would run them ({@code $__rate_interval} as 1m, the canary's hash filled
 * in).
 */
record ShippedQueries(List<Query> alerts, List<Query> panels) {
  enum Kind {
    ALERT,
    CANARY,
    PANEL
  }

  record Query(Kind kind, String source, String expr) {}

  static ShippedQueries read(Path k8s) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    ObjectMapper json = new ObjectMapper();
    List<Query> alerts = new ArrayList<>();
    List<Query> panels = new ArrayList<>();
    try (Stream<Path> files = Files.walk(k8s.resolve("base"))) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.equals("prometheusrule.yaml")) {
          for (JsonNode group : yaml.readTree(file.toFile()).path("spec").path("groups")) {
            for (JsonNode rule : group.path("rules")) {
              String id =
                  rule.hasNonNull("alert")
                      ? rule.get("alert").asText()
                      : rule.path("record").asText();
              alerts.add(new Query(Kind.ALERT, "alert " + id, rule.path("expr").asText()));
            }
          }
        } else if (name.equals("analysistemplate.yaml")) {
          for (JsonNode metric : yaml.readTree(file.toFile()).path("spec").path("metrics")) {
            String query = metric.path("provider").path("prometheus").path("query").asText();
            alerts.add(
                new Query(
                    Kind.CANARY,
                    "canary analysis " + metric.path("name").asText(),
                    query.replace("{{args.canary-hash}}", "local")));
          }
        } else if (name.endsWith(".json")
            && file.getParent().getFileName().toString().equals("dashboards")) {
          JsonNode dashboard = json.readTree(file.toFile());
          collectPanels(dashboard.path("title").asText(), dashboard.path("panels"), panels);
        }
      }
    }
    return new ShippedQueries(List.copyOf(alerts), List.copyOf(panels));
  }

  private static void collectPanels(String dashboard, JsonNode list, List<Query> into) {
    for (JsonNode panel : list) {
      collectPanels(dashboard, panel.path("panels"), into); // panels folded into a row
      for (JsonNode target : panel.path("targets")) {
        if (target.hasNonNull("expr")) {
          into.add(
              new Query(
                  Kind.PANEL,
                  dashboard + " / " + panel.path("title").asText(),
                  target.get("expr").asText().replace("$__rate_interval", "1m")));
        }
      }
    }
  }
}
