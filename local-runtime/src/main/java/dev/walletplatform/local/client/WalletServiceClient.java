package dev.walletplatform.local.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import javax.net.ssl.SSLContext;

/** Reads balances and command status from the wallet service over HTTPS. */
public final class WalletServiceClient {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final String token;
  private final HttpClient http;

  public WalletServiceClient(URI base, String token, SSLContext tls) {
    this.base = base;
    this.token = token;
    this.http =
        HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** Minor units per asset, as the API reports them in {@code amount_minor}. */
  public Map<String, BigInteger> balances(String wallet) {
    JsonNode body = get("/v1/wallets/" + wallet + "/balances");
    Map<String, BigInteger> balances = new TreeMap<>();
    for (JsonNode balance : body.path("balances")) {
      balances.put(
          balance.path("asset").asText(), new BigInteger(balance.path("amount_minor").asText()));
    }
    return balances;
  }

  /** "applied" or "rejected" once decided; "not_found" while still queued (or unknown). */
  public String commandStatus(String commandId) {
    JsonNode body = get("/v1/commands/" + commandId);
    return body.path("status").asText("not_found");
  }

  private JsonNode get(String path) {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 404) {
        return JSON.createObjectNode();
      }
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "GET " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException("GET " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
