package dev.walletplatform.bench.observe;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/** Sums samples of a service's Prometheus text at {@code <admin>/metrics} whose name matches. */
public final class PrometheusCounters {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final URI metrics;
  private final String authorization;

  /**
   * @param authorization the {@code Authorization} value of a metrics:read key; empty sends none
   */
  public PrometheusCounters(URI adminUri, String authorization) {
    this.metrics = adminUri.resolve("/metrics");
    this.authorization = authorization;
  }

  /**
   * The sum over samples (every label set) whose metric name passes {@code names}; empty when
   * unreachable.
   */
  public OptionalDouble sum(Predicate<String> names) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(3)).GET();
      if (!authorization.isEmpty()) {
        request.header("Authorization", authorization);
      }
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 401 || response.statusCode() == 403) {
        // a refused key would read as "nothing applied" and quietly ruin the figures
        throw new IllegalStateException(
            metrics + " refused the metrics key: " + response.statusCode());
      }
      if (response.statusCode() != 200) {
        return OptionalDouble.empty();
      }
      return OptionalDouble.of(sumOf(response.body(), names));
    } catch (IOException e) {
      return OptionalDouble.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalDouble.empty();
    }
  }

  static double sumOf(String text, Predicate<String> names) {
    double sum = 0;
    for (String line : text.split("\n")) {
      int space = line.lastIndexOf(' ');
      if (line.startsWith("#") || space < 0) {
        continue;
      }
      int labels = line.indexOf('{');
      String name = line.substring(0, labels >= 0 && labels < space ? labels : space);
      if (names.test(name)) {
        try {
          double value = Double.parseDouble(line.substring(space + 1).trim());
          // NaN/Inf renderings of gauges are not counts: skip them
          sum += Double.isFinite(value) ? value : 0;
        } catch (NumberFormatException e) {
          // not a sample line: skip
        }
      }
    }
    return sum;
  }

  /** The applier's applied messages: {@code ledger_messages_applied_total}. */
  public static boolean applied(String name) {
    return name.equals("ledger_messages_applied_total");
  }

  /** Applied plus rejected (every reason label): each is a message the ledger decided. */
  public static boolean decided(String name) {
    return applied(name) || name.equals("ledger_messages_rejected_total");
  }
}
