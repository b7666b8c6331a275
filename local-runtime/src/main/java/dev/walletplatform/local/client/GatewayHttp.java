package dev.walletplatform.local.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/**
 * How a client speaks to the gateway's command endpoints over HTTPS, shared by {@link
 * GatewayClient} and the burst benchmark's load target so both send what a mobile client sends.
 */
public final class GatewayHttp {
  private GatewayHttp() {}

  /**
   * A JDK client trusting {@code tls}, on HTTP/1.1 so connections are kept alive and reused (one
   * client serves many threads at once).
   */
  public static HttpClient client(SSLContext tls, Duration connectTimeout) {
    return HttpClient.newBuilder()
        .sslContext(tls)
        .connectTimeout(connectTimeout)
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  /**
   * A command POST: the JSON {@code body} with the caller's bearer token and, unless null (tests of
   * a missing key), the Idempotency-Key.
   */
  public static HttpRequest commandPost(
      URI uri, String bearerToken, String idempotencyKey, String body, Duration timeout) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Authorization", "Bearer " + bearerToken)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return request.build();
  }
}
