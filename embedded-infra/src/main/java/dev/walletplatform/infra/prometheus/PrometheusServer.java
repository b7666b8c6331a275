package dev.walletplatform.infra.prometheus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletplatform.infra.FreePorts;
import dev.walletplatform.infra.InfraException;
import dev.walletplatform.infra.ServerStartException;
import dev.walletplatform.infra.WorkDirs;
import dev.walletplatform.infra.process.LogTail;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Prometheus server: Debian's {@code prometheus} binary (scripts/ensure-prometheus.sh
 * installs it) started with a generated {@code prometheus.yml} that scrapes the given targets, on a
 * free loopback port, with its TSDB in a work dir deleted on {@link #close()}.
 *
 * <pre>{@code
 * PrometheusConfig config = PrometheusConfig.defaults()
 *     .withScrapeInterval(Duration.ofSeconds(1))
 *     .withTarget(ScrapeTarget.of("ledger-applier-admin", "127.0.0.1:8091")
 *         .withApiKey(metricsKey).withLabel("namespace", "wallet"));
 * try (PrometheusServer prometheus = new PrometheusServer(config).start()) {
 *   prometheus.awaitTargetsUp(Duration.ofSeconds(30));
 *   List<PromSample> up = prometheus.query("streams_running{namespace=\"wallet\"}");
 * }
 * }</pre>
 *
 * <p>Like the module's child JVMs, Prometheus dies with the JVM that started it: it runs under a
 * small {@code sh} watchdog that sends it SIGTERM when its stdin — held by this JVM — reaches
 * end-of-file, so a crashed or killed test JVM leaves no Prometheus behind. {@link #close()} closes
 * that stdin, waits for Prometheus to shut down, and deletes the work dir.
 */
public final class PrometheusServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PrometheusServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<Path> FALLBACK_BINARIES = List.of(Path.of("/usr/bin/prometheus"));
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
  private static final int LOG_TAIL_LINES = 40;

  /**
   * Runs {@code "$0" "$@"} (Prometheus) in the background and stops it when stdin reaches EOF: fd 3
   * keeps the parent's pipe for the watcher, since an asynchronous command's stdin is /dev/null.
   * Exits with Prometheus' exit status.
   */
  private static final String WATCHDOG =
      """
      exec 3<&0
      "$0" "$@" </dev/null &
      p=$!
      ( cat <&3 >/dev/null; kill -TERM "$p" 2>/dev/null ) &
      exec 3<&-
      wait "$p"
      """;

  private final PrometheusConfig config;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private Path workDir;
  private int port;
  private Process process;
  private boolean closed;

  public PrometheusServer(PrometheusConfig config) {
    this.config = config;
  }

  /**
   * The {@code prometheus} binary: on PATH, else Debian's {@code /usr/bin/prometheus}; an {@link
   * InfraException} saying how to install it when there is none.
   */
  public static Path findBinary() {
    String path = System.getenv().getOrDefault("PATH", "");
    return findBinary(path, FALLBACK_BINARIES)
        .orElseThrow(() -> new InfraException(missingBinaryMessage(path)));
  }

  static String missingBinaryMessage(String path) {
    return "prometheus is not installed (not on PATH="
        + path
        + ", not in "
        + FALLBACK_BINARIES
        + "): it comes with Debian's prometheus package; run scripts/ensure-prometheus.sh (as"
        + " root; scripts/test.sh runs it before Maven)";
  }

  static Optional<Path> findBinary(String path, List<Path> fallbacks) {
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, "prometheus");
      if (!dir.isEmpty() && Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return fallbacks.stream().filter(Files::isExecutable).findFirst();
  }

  /** Writes the config, starts Prometheus and waits for {@code /-/ready}. */
  public synchronized PrometheusServer start() {
    if (closed) {
      throw new IllegalStateException("PrometheusServer is closed");
    }
    if (process != null) {
      throw new IllegalStateException("Prometheus already runs on port " + port);
    }
    Path binary = findBinary();
    workDir = WorkDirs.createOrTemp(config.workDir(), "prometheus-");
    port = FreePorts.allocate();
    Path configFile = writeConfig(workDir.resolve("prometheus.yml"));
    List<String> command =
        List.of(
            "sh",
            "-c",
            WATCHDOG,
            binary.toString(),
            "--config.file=" + configFile,
            "--storage.tsdb.path=" + workDir.resolve("data"),
            "--web.listen-address=127.0.0.1:" + port,
            "--storage.tsdb.retention.time=1d",
            "--log.level=info");
    long began = System.nanoTime();
    try {
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
              .start();
    } catch (IOException e) {
      throw new ServerStartException("could not start " + command, e);
    }
    awaitReady(began);
    LOG.info(
        "prometheus serving on {} after {} ms ({} targets, work dir {})",
        baseUri(),
        (System.nanoTime() - began) / 1_000_000,
        config.targets().size(),
        workDir);
    return this;
  }

  private void awaitReady(long began) {
    long deadline = began + config.startTimeout().toNanos();
    String last = "no answer yet";
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        String why = "Prometheus exited with " + process.exitValue() + " on port " + port;
        stopProcess();
        throw new ServerStartException(why + "\n" + LogTail.of(logFile(), LOG_TAIL_LINES));
      }
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(baseUri().resolve("/-/ready"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
        last = r.statusCode() + " " + r.body().strip();
      } catch (IOException e) {
        last = e.toString();
      } catch (InterruptedException e) {
        stopProcess();
        throw InfraException.interrupted("waiting for Prometheus to be ready", e);
      }
      sleep(100);
    }
    stopProcess();
    throw new ServerStartException(
        "Prometheus on port "
            + port
            + " was not ready within "
            + config.startTimeout()
            + " (last: "
            + last
            + ")\n"
            + LogTail.of(logFile(), LOG_TAIL_LINES));
  }

  /** {@code http://127.0.0.1:<port>}, where the UI and the HTTP API answer. */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + port);
  }

  public int port() {
    return port;
  }

  public Path workDir() {
    return workDir;
  }

  public Path configFile() {
    return workDir.resolve("prometheus.yml");
  }

  public Path logFile() {
    return workDir.resolve("prometheus.log");
  }

  /** The Prometheus process itself (not its watchdog), while it runs. */
  public Optional<ProcessHandle> prometheusProcess() {
    if (process == null) {
      return Optional.empty();
    }
    return process
        .toHandle()
        .children()
        .filter(
            h ->
                h.info()
                    .command()
                    .map(c -> c.endsWith("/prometheus") || c.equals("prometheus"))
                    .orElse(false))
        .findFirst();
  }

  public boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** Instant query ({@code /api/v1/query}) now. */
  public List<PromSample> query(String promql) {
    return query(promql, null);
  }

  /**
   * Instant query at {@code at} (null: now): one sample per series of a vector result, one without
   * labels for a scalar. A range-vector expression is refused: use {@link #queryRange}.
   */
  public List<PromSample> query(String promql, Instant at) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("query", promql);
    if (at != null) {
      form.put("time", seconds(at));
    }
    JsonNode data = api("/api/v1/query", form);
    String type = data.path("resultType").asText();
    List<PromSample> samples = new ArrayList<>();
    switch (type) {
      case "vector" -> {
        for (JsonNode series : data.path("result")) {
          JsonNode v = series.path("value");
          samples.add(
              new PromSample(labels(series.path("metric")), value(v.get(1)), time(v.get(0))));
        }
      }
      case "scalar" -> {
        JsonNode v = data.path("result");
        samples.add(new PromSample(Map.of(), value(v.get(1)), time(v.get(0))));
      }
      default ->
          throw new InfraException(
              "instant query " + promql + " gave a " + type + "; use queryRange for ranges");
    }
    return samples;
  }

  /** Range query ({@code /api/v1/query_range}): one series per result series, points in order. */
  public List<PromSeries> queryRange(String promql, Instant start, Instant end, Duration step) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("query", promql);
    form.put("start", seconds(start));
    form.put("end", seconds(end));
    form.put("step", String.format(Locale.ROOT, "%.3f", step.toMillis() / 1000.0));
    JsonNode data = api("/api/v1/query_range", form);
    List<PromSeries> series = new ArrayList<>();
    for (JsonNode s : data.path("result")) {
      List<PromSeries.Point> points = new ArrayList<>();
      for (JsonNode v : s.path("values")) {
        points.add(new PromSeries.Point(time(v.get(0)), value(v.get(1))));
      }
      series.add(new PromSeries(labels(s.path("metric")), points));
    }
    return series;
  }

  /** The active targets and their health ({@code /api/v1/targets?state=active}). */
  public List<ScrapeTargetHealth> targets() {
    JsonNode data = get("/api/v1/targets?state=active");
    List<ScrapeTargetHealth> targets = new ArrayList<>();
    for (JsonNode t : data.path("activeTargets")) {
      String lastScrape = t.path("lastScrape").asText("");
      Instant scraped =
          lastScrape.isEmpty() || lastScrape.startsWith("0001-")
              ? null
              : OffsetDateTime.parse(lastScrape).toInstant();
      targets.add(
          new ScrapeTargetHealth(
              t.path("scrapePool").asText(),
              t.path("scrapeUrl").asText(),
              t.path("health").asText(),
              t.path("lastError").asText(""),
              scraped,
              labels(t.path("labels"))));
    }
    return targets;
  }

  /**
   * Waits until every configured target was scraped successfully; names the failing ones if not.
   */
  public List<ScrapeTargetHealth> awaitTargetsUp(Duration timeout) {
    return awaitTargets(timeout, ScrapeTargetHealth::isUp, "up");
  }

  /** Waits until every configured target was scraped at least once, up or down. */
  public List<ScrapeTargetHealth> awaitTargetsScraped(Duration timeout) {
    return awaitTargets(timeout, t -> t.lastScrape() != null, "scraped");
  }

  private List<ScrapeTargetHealth> awaitTargets(
      Duration timeout, Predicate<ScrapeTargetHealth> ready, String what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<ScrapeTargetHealth> targets = targets();
    while (targets.size() < config.targets().size() || !targets.stream().allMatch(ready)) {
      if (System.nanoTime() > deadline) {
        throw new InfraException(
            "not every target was "
                + what
                + " within "
                + timeout
                + ": "
                + targets.stream()
                    .map(
                        t -> t.job() + " " + t.scrapeUrl() + " " + t.health() + " " + t.lastError())
                    .collect(Collectors.joining("; ")));
      }
      sleep(200);
      targets = targets();
    }
    return targets;
  }

  /** Polls the instant query until it returns at least one sample. */
  public List<PromSample> awaitQuery(String promql, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<PromSample> result = query(promql);
    while (result.isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new InfraException(
            "query " + promql + " returned nothing within " + timeout + "; targets: " + targets());
      }
      sleep(200);
      result = query(promql);
    }
    return result;
  }

  /** Stops Prometheus (SIGTERM through its watchdog) and deletes the work dir unless kept. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    long began = System.nanoTime();
    boolean wasRunning = process != null;
    stopProcess();
    if (wasRunning) {
      LOG.info("prometheus stopped after {} ms", (System.nanoTime() - began) / 1_000_000);
    }
    if (!config.keepWorkDir() && workDir != null) {
      WorkDirs.delete(workDir);
    }
  }

  private void stopProcess() {
    if (process == null) {
      return;
    }
    Optional<ProcessHandle> prometheus = prometheusProcess();
    try {
      OutputStream stdin = process.getOutputStream();
      stdin.close(); // the watchdog's cue: SIGTERM to Prometheus
    } catch (IOException e) {
      LOG.warn("could not close Prometheus' stdin; killing it", e);
    }
    try {
      if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("Prometheus did not stop within {}; killing it", STOP_TIMEOUT);
        prometheus.ifPresent(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
      }
      for (ProcessHandle p : prometheus.stream().toList()) {
        if (!p.onExit().completeOnTimeout(p, 5, TimeUnit.SECONDS).join().isAlive()) {
          continue;
        }
        p.destroyForcibly();
        throw new InfraException("Prometheus (pid " + p.pid() + ") did not exit; killed it");
      }
    } catch (InterruptedException e) {
      prometheus.ifPresent(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw InfraException.interrupted("stopping Prometheus", e);
    } finally {
      process = null;
    }
  }

  /** prometheus.yml (as JSON, which YAML reads), owner-only since it may hold API keys. */
  private Path writeConfig(Path file) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode global = root.putObject("global");
    global.put("scrape_interval", duration(config.scrapeInterval()));
    global.put("evaluation_interval", duration(config.evaluationInterval()));
    // a scrape may not outlast its interval
    Duration timeout =
        config.scrapeInterval().compareTo(Duration.ofSeconds(10)) < 0
            ? config.scrapeInterval()
            : Duration.ofSeconds(10);
    global.put("scrape_timeout", duration(timeout));
    ArrayNode rules = root.putArray("rule_files");
    config.ruleFiles().forEach(f -> rules.add(f.toAbsolutePath().toString()));
    ArrayNode jobs = root.putArray("scrape_configs");
    for (ScrapeTarget t : config.targets()) {
      ObjectNode job = jobs.addObject();
      job.put("job_name", t.job());
      job.put("metrics_path", t.metricsPath());
      job.put("scheme", t.scheme());
      if (t.apiKey() != null) {
        job.putObject("authorization").put("type", "ApiKey").put("credentials", t.apiKey());
      }
      if (t.insecureSkipVerify()) {
        job.putObject("tls_config").put("insecure_skip_verify", true);
      }
      ObjectNode staticConfig = job.putArray("static_configs").addObject();
      staticConfig.putArray("targets").add(t.address());
      ObjectNode labels = staticConfig.putObject("labels");
      new TreeMap<>(t.labels()).forEach(labels::put);
    }
    try {
      Files.deleteIfExists(file);
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
      return file;
    } catch (IOException e) {
      throw new InfraException("could not write " + file, e);
    }
  }

  private JsonNode api(String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(baseUri().resolve(path))
            .timeout(REQUEST_TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        form.getOrDefault("query", path));
  }

  private JsonNode get(String pathAndQuery) {
    return send(
        HttpRequest.newBuilder(baseUri().resolve(pathAndQuery)).timeout(REQUEST_TIMEOUT).build(),
        pathAndQuery);
  }

  private JsonNode send(HttpRequest request, String what) {
    if (process == null) {
      throw new IllegalStateException("Prometheus is not running");
    }
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      JsonNode body = JSON.readTree(r.body());
      if (r.statusCode() != 200 || !"success".equals(body.path("status").asText())) {
        throw new InfraException(
            "Prometheus refused "
                + what
                + ": "
                + r.statusCode()
                + " "
                + body.path("errorType").asText()
                + ": "
                + body.path("error").asText(r.body()));
      }
      return body.path("data");
    } catch (IOException e) {
      throw new InfraException("could not ask Prometheus on " + baseUri() + " for " + what, e);
    } catch (InterruptedException e) {
      throw InfraException.interrupted("asking Prometheus for " + what, e);
    }
  }

  private static Map<String, String> labels(JsonNode metric) {
    Map<String, String> labels = new TreeMap<>();
    metric.properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
    return labels;
  }

  private static double value(JsonNode v) {
    return switch (v.asText()) {
      case "+Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      case "NaN" -> Double.NaN;
      default -> Double.parseDouble(v.asText());
    };
  }

  private static Instant time(JsonNode seconds) {
    return Instant.ofEpochMilli(Math.round(seconds.asDouble() * 1000));
  }

  private static String seconds(Instant at) {
    return String.format(Locale.ROOT, "%.3f", at.toEpochMilli() / 1000.0);
  }

  private static String duration(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      throw InfraException.interrupted("waiting for Prometheus", e);
    }
  }
}
