package dev.walletplatform.local.observe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.walletplatform.infra.prometheus.PrometheusConfig;
import dev.walletplatform.infra.prometheus.PrometheusServer;
import dev.walletplatform.infra.prometheus.ScrapeTarget;
import dev.walletplatform.local.RepoLayout;
import dev.walletplatform.local.RunningPlatform;
import dev.walletplatform.local.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real Prometheus beside the local platform, scraping every service's admin {@code /metrics} the
 * way the ServiceMonitors do in Kubernetes — {@code job="<service>-admin"}, {@code
 * namespace="wallet"}, {@code pod="<service>-0"} — and evaluating the committed PrometheusRules, so
 * the alerts and the dashboards' queries run here unchanged.
 */
public final class PlatformPrometheus implements AutoCloseable {
  /** The platform's services that serve {@code /metrics}, by the name the platform gives them. */
  public static final List<String> SCRAPED =
      List.of("ingest-gateway", "ledger-applier", "wallet-service");

  private final PrometheusServer server;

  private PlatformPrometheus(PrometheusServer server) {
    this.server = server;
  }

  /**
   * Starts Prometheus on a free loopback port, scraping every {@code scrapeInterval}, and waits
   * until every target answered a scrape.
   */
  public static PlatformPrometheus start(
      RunningPlatform platform, RepoLayout repo, Path workDir, Duration scrapeInterval) {
    PrometheusConfig config =
        PrometheusConfig.defaults()
            .withWorkDir(workDir)
            .withScrapeInterval(scrapeInterval)
            .withRuleFile(writeRules(repo.k8s(), workDir.resolve("wallet-rules.yml")));
    for (String name : SCRAPED) {
      ServiceProcess service = platform.service(name);
      config =
          config.withTarget(
              ScrapeTarget.of(jobOf(name), service.adminUri().getAuthority())
                  .withApiKey(platform.credentials().metricsKey())
                  .withLabel("namespace", "wallet")
                  .withLabel("pod", name + "-0"));
    }
    PrometheusServer server = new PrometheusServer(config).start();
    try {
      server.awaitTargetsUp(Duration.ofSeconds(60));
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    return new PlatformPrometheus(server);
  }

  /** The job label Kubernetes gives a service's admin port: its admin Service's name. */
  public static String jobOf(String service) {
    return service + "-admin";
  }

  public PrometheusServer server() {
    return server;
  }

  /**
   * Every group of every PrometheusRule under {@code k8s/base} as one Prometheus rule file: the
   * operator's {@code spec.groups} is exactly Prometheus's {@code groups}.
   */
  static Path writeRules(Path k8s, Path file) {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    ObjectNode rules = yaml.createObjectNode();
    var groups = rules.putArray("groups");
    try (Stream<Path> files = Files.walk(k8s.resolve("base"))) {
      for (Path manifest :
          files
              .filter(p -> p.getFileName().toString().equals("prometheusrule.yaml"))
              .sorted()
              .toList()) {
        JsonNode rule = yaml.readTree(manifest.toFile());
        rule.path("spec").path("groups").forEach(groups::add);
      }
      Files.createDirectories(file.getParent());
      yaml.writeValue(file.toFile(), rules);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("writing the PrometheusRules of " + k8s + " to " + file, e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
