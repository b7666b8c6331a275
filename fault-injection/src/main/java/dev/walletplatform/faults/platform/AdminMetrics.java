package dev.walletplatform.faults.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalDouble;

/** Reads one value from a service's Prometheus text at {@code <admin>/metrics}. */
public final class AdminMetrics {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private AdminMetrics() {}

  /**
   * The sample of an unlabelled metric, or empty when the service or the metric is not there.
   *
   * @param authorization the {@code Authorization} value of a key with scope metrics:read
   * @throws IllegalStateException when the admin port refuses the key: counters read as zero would
   *     hide it
   */
  public static OptionalDouble value(URI adminUri, String authorization, String metric) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(adminUri.resolve("/metrics"))
                  .timeout(Duration.ofSeconds(5))
                  .header("Authorization", authorization)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 401 || response.statusCode() == 403) {
        throw new IllegalStateException(
            adminUri
                + "/metrics refused the metrics key: "
                + response.statusCode()
                + " "
                + response.body());
      }
      if (response.statusCode() != 200) {
        return OptionalDouble.empty();
      }
      for (String line : response.body().split("\n")) {
        if (line.startsWith(metric + " ")) {
          return OptionalDouble.of(Double.parseDouble(line.substring(metric.length() + 1).trim()));
        }
      }
      return OptionalDouble.empty();
    } catch (IOException | NumberFormatException e) {
      return OptionalDouble.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalDouble.empty();
    }
  }
}
