package dev.walletplatform.infra.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.walletplatform.infra.InfraException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Prometheus (Debian's binary; the test fails, naming scripts/ensure-prometheus.sh, when it
 * is missing) scraping a tiny metrics endpoint that, like the services' admin ports, answers only
 * with {@code Authorization: ApiKey <key>}.
 */
class PrometheusServerIT {
  private static final String KEY = "metrics-key-for-the-test";
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path dir;
  private HttpServer admin;
  private final AtomicInteger refused = new AtomicInteger();
  private final AtomicInteger served = new AtomicInteger();

  @BeforeEach
  void startMetricsEndpoint() throws IOException {
    admin = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    admin.createContext(
        "/metrics",
        exchange -> {
          String auth = exchange.getRequestHeaders().getFirst("Authorization");
          byte[] body;
          int status;
          if (("ApiKey " + KEY).equals(auth)) {
            served.incrementAndGet();
            status = 200;
            body =
                """
                # HELP ledger_messages_applied_total Messages applied.
                # TYPE ledger_messages_applied_total counter
                ledger_messages_applied_total 42.0
                # HELP hikaricp_connections_pending Threads waiting for a connection.
                # TYPE hikaricp_connections_pending gauge
                hikaricp_connections_pending{pool="ledger-applier"} 3.0
                """
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain; version=0.0.4");
          } else {
            refused.incrementAndGet();
            status = 401;
            body = "{\"code\":\"UNAUTHENTICATED\"}".getBytes(StandardCharsets.UTF_8);
          }
          exchange.sendResponseHeaders(status, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    admin.start();
  }

  @AfterEach
  void stopMetricsEndpoint() {
    admin.stop(0);
  }

  private String address() {
    return "127.0.0.1:" + admin.getAddress().getPort();
  }

  @Test
  void scrapesWithTheApiKeyAndAddsTheStaticLabels() throws IOException {
    Path rules = dir.resolve("recording.rules.yaml");
    Files.writeString(
        rules,
        """
        groups:
          - name: test
            rules:
              - record: job:hikaricp_connections_pending:max
                expr: max by (job) (hikaricp_connections_pending)
        """);
    PrometheusConfig config =
        PrometheusConfig.defaults()
            .withScrapeInterval(Duration.ofSeconds(1))
            .withRuleFile(rules)
            .withTarget(
                ScrapeTarget.of("ledger-applier-admin", address())
                    .withApiKey(KEY)
                    .withLabel("namespace", "wallet"));
    long pid;
    Path workDir;
    int port;
    try (PrometheusServer prometheus = new PrometheusServer(config).start()) {
      pid = prometheus.prometheusProcess().orElseThrow().pid();
      workDir = prometheus.workDir();
      port = prometheus.port();
      assertThat(Files.readString(prometheus.configFile()))
          .doesNotContain("\"" + KEY + "\" ")
          .contains("ApiKey");

      List<ScrapeTargetHealth> targets = prometheus.awaitTargetsUp(WAIT);

      assertThat(targets)
          .singleElement()
          .satisfies(
              t -> {
                assertThat(t.job()).isEqualTo("ledger-applier-admin");
                assertThat(t.scrapeUrl()).isEqualTo("http://" + address() + "/metrics");
                assertThat(t.health()).isEqualTo("up");
                assertThat(t.labels()).containsEntry("namespace", "wallet");
              });
      List<PromSample> applied =
          prometheus.query(
              "ledger_messages_applied_total{namespace=\"wallet\", job=\"ledger-applier-admin\"}");
      assertThat(applied)
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.value()).isEqualTo(42.0);
                assertThat(s.labels())
                    .containsEntry("__name__", "ledger_messages_applied_total")
                    .containsEntry("namespace", "wallet")
                    .containsEntry("job", "ledger-applier-admin")
                    .containsEntry("instance", address());
              });
      assertThat(prometheus.awaitQuery("job:hikaricp_connections_pending:max", WAIT).get(0).value())
          .as("the rule file's recording rule")
          .isEqualTo(3.0);
      assertThat(prometheus.query("scalar(ledger_messages_applied_total) * 2"))
          .singleElement()
          .satisfies(s -> assertThat(s.value()).isEqualTo(84.0));
      Instant now = Instant.now();
      List<PromSeries> range =
          prometheus.queryRange(
              "hikaricp_connections_pending", now.minusSeconds(5), now, Duration.ofSeconds(1));
      assertThat(range)
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.labels()).containsEntry("pool", "ledger-applier");
                assertThat(s.points())
                    .isNotEmpty()
                    .allSatisfy(p -> assertThat(p.value()).isEqualTo(3.0));
              });
      assertThatThrownBy(() -> prometheus.query("sum(rate(ledger_messages_applied_total[1m])"))
          .isInstanceOf(InfraException.class)
          .hasMessageContaining("bad_data");
      assertThat(served.get()).isPositive();
      assertThat(refused.get()).as("scrapes without the key").isZero();
    }

    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive))
        .as("prometheus pid %s", pid)
        .isNotEqualTo(java.util.Optional.of(true));
    assertThat(workDir).doesNotExist();
    assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void reportsATargetThatRefusesItsKeyAsDown() {
    PrometheusConfig config =
        PrometheusConfig.defaults()
            .withScrapeInterval(Duration.ofSeconds(1))
            .withTarget(ScrapeTarget.of("wallet-service-admin", address()).withApiKey("wrong"));
    try (PrometheusServer prometheus = new PrometheusServer(config).start()) {
      List<ScrapeTargetHealth> targets = prometheus.awaitTargetsScraped(WAIT);

      assertThat(targets)
          .singleElement()
          .satisfies(
              t -> {
                assertThat(t.health()).isEqualTo("down");
                assertThat(t.lastError()).contains("401");
              });
      assertThat(refused.get()).isPositive();
      assertThat(served.get()).isZero();
      assertThatThrownBy(() -> prometheus.awaitTargetsUp(Duration.ofSeconds(2)))
          .isInstanceOf(InfraException.class)
          .hasMessageContaining("wallet-service-admin")
          .hasMessageContaining("401");
    }
  }
}
