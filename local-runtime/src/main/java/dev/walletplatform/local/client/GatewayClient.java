package dev.walletplatform.local.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * Calls the gateway's three command endpoints over HTTPS with a bearer token and an
 * Idempotency-Key.
 */
public final class GatewayClient {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final String token;
  private final HttpClient http;
  private final Duration timeout;

  public GatewayClient(URI base, String token, SSLContext tls, Duration timeout) {
    this.base = base;
    this.token = token;
    this.timeout = timeout;
    this.http = GatewayHttp.client(tls, timeout);
  }

  public GatewayAnswer transfer(
      String idempotencyKey, String from, String to, String asset, String amount) {
    return post(
        "/v1/transfers",
        idempotencyKey,
        Map.of("from_wallet", from, "to_wallet", to, "asset", asset, "amount", amount));
  }

  public GatewayAnswer withdraw(
      String idempotencyKey, String wallet, String asset, String amount, String destination) {
    return post(
        "/v1/withdrawals",
        idempotencyKey,
        Map.of("wallet", wallet, "asset", asset, "amount", amount, "destination", destination));
  }

  public GatewayAnswer claim(String idempotencyKey, String campaign, String wallet) {
    return post("/v1/giveaways/" + campaign + "/claims", idempotencyKey, Map.of("wallet", wallet));
  }

  /** Sends any JSON body as is: for tests of bad input. */
  public GatewayAnswer postRaw(String path, String idempotencyKey, String body) {
    HttpRequest request =
        GatewayHttp.commandPost(base.resolve(path), token, idempotencyKey, body, timeout);
    long start = System.nanoTime();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      long latency = System.nanoTime() - start;
      JsonNode answer = parse(response.body());
      return new GatewayAnswer(
          response.statusCode(),
          answer.path("command_id").asText(null),
          answer.path("code").asText(null),
          response.headers().firstValue("Retry-After"),
          latency);
    } catch (IOException e) {
      return new GatewayAnswer(
          -1, null, e.getClass().getSimpleName(), Optional.empty(), System.nanoTime() - start);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new GatewayAnswer(
          -1, null, "INTERRUPTED", Optional.empty(), System.nanoTime() - start);
    }
  }

  private GatewayAnswer post(String path, String idempotencyKey, Map<String, String> body) {
    try {
      return postRaw(path, idempotencyKey, JSON.writeValueAsString(body));
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode a map of strings", e);
    }
  }

  private static JsonNode parse(String body) {
    try {
      return body == null || body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
    } catch (IOException e) {
      return JSON.missingNode();
    }
  }
}
