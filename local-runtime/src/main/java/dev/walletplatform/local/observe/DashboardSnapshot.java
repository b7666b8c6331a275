package dev.walletplatform.local.observe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.walletplatform.infra.prometheus.PromSeries;
import dev.walletplatform.infra.prometheus.PrometheusServer;
import dev.walletplatform.local.PlatformOptions;
import dev.walletplatform.local.RepoLayout;
import dev.walletplatform.local.RunningPlatform;
import dev.walletplatform.local.demo.DemoReport;
import dev.walletplatform.local.demo.DemoRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code scripts/dashboard-snapshot.sh}: the overview dashboard's main panels over a burst, drawn
 * from a real Prometheus's answers to the dashboard's own queries (Grafana cannot be installed
 * here). Starts the local platform and {@link PlatformPrometheus}, sends a burst, asks each panel's
 * query over the burst window, and writes the PNG.
 */
public final class DashboardSnapshot {
  /** The overview panels the picture shows, by their titles on the dashboard. */
  static final List<String> MAIN_PANELS =
      List.of(
          "Requests per second by endpoint and status",
          "Accept to applied, p50 and p99 by kind",
          "Screening hop, p50 and p99 by kind",
          "Time behind per group",
          "Consumer lag seen by the clients",
          "Pool saturation (active / max)",
          "Waiting for a connection",
          "Screening rejections by reason");

  private static final Set<String> PLACE_LABELS = Set.of("job", "namespace", "instance");

  private DashboardSnapshot() {}

  public static void main(String[] args) throws Exception {
    Path png = Path.of(args.length > 0 ? args[0] : "docs/observability/overview-burst.png");
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
    RepoLayout repo = RepoLayout.find();
    JsonNode overview =
        new ObjectMapper().readTree(repo.k8s().resolve("base/dashboards/overview.json").toFile());
    Path work = Files.createTempDirectory("dashboard-snapshot");
    try (RunningPlatform platform = RunningPlatform.start(PlatformOptions.forTests(work));
        PlatformPrometheus prometheus =
            PlatformPrometheus.start(
                platform, repo, work.resolve("prometheus"), Duration.ofSeconds(1))) {
      DemoRun demo = new DemoRun(platform);
      List<String> wallets = demo.seed(40);
      Instant start = Instant.now();
      DemoReport report = demo.burst(wallets, requests, 64);
      System.out.println(report.render());
      demo.readBack(wallets, report.burst().acceptedCommandIds(), 200);
      Thread.sleep(30_000); // the queue drains after the burst: the picture shows it
      Instant end = Instant.now();
      List<PanelChart.Panel> panels = new ArrayList<>();
      for (String title : MAIN_PANELS) {
        panels.add(
            panel(prometheus.server(), panelNamed(overview, title), start.minusSeconds(10), end));
      }
      PanelChart.write(
          png,
          String.format(
              "Overview dashboard over a burst of %d requests (concurrency 64), %s UTC — real"
                  + " Prometheus answers",
              requests, start.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)),
          panels);
      System.out.println("wrote " + png.toAbsolutePath());
    }
  }

  private static JsonNode panelNamed(JsonNode dashboard, String title) {
    for (JsonNode panel : dashboard.path("panels")) {
      if (panel.path("title").asText().equals(title)) {
        return panel;
      }
    }
    throw new IllegalStateException("overview.json has no panel titled '" + title + "'");
  }

  private static PanelChart.Panel panel(
      PrometheusServer prometheus, JsonNode panel, Instant from, Instant to) {
    List<PanelChart.Series> lines = new ArrayList<>();
    for (JsonNode target : panel.path("targets")) {
      // Grafana's $__rate_interval at a 1 s scrape: a few scrapes, so the burst keeps its shape
      String expr = target.path("expr").asText().replace("$__rate_interval", "10s");
      for (PromSeries series : prometheus.queryRange(expr, from, to, Duration.ofSeconds(2))) {
        List<PanelChart.Point> points =
            series.points().stream()
                .map(
                    p ->
                        new PanelChart.Point(
                            Duration.between(from, p.at()).toMillis() / 1000.0, p.value()))
                .toList();
        lines.add(new PanelChart.Series(legend(target, series.labels()), points));
      }
    }
    String unit = panel.path("fieldConfig").path("defaults").path("unit").asText("");
    return new PanelChart.Panel(
        panel.path("title").asText(),
        shortUnit(unit),
        lines,
        Duration.between(from, to).toMillis() / 1000.0);
  }

  private static String legend(JsonNode target, Map<String, String> labels) {
    String prefix = target.path("legendFormat").asText("").replaceAll("\\{\\{[^}]*}}", "").trim();
    String values =
        new TreeMap<>(labels)
            .entrySet().stream()
                .filter(e -> !PLACE_LABELS.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .collect(Collectors.joining(" "));
    return (prefix + " " + values).trim();
  }

  private static String shortUnit(String grafanaUnit) {
    return switch (grafanaUnit) {
      case "s" -> "s";
      case "percentunit" -> "";
      case "reqps", "ops" -> "/s";
      default -> "";
    };
  }
}
