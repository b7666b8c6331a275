package dev.walletplatform.processors.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * Asks one instance's internal status endpoint, as the wallet service does: with the status key.
 */
final class StatusEndpointClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  record Answer(int status, JsonNode body) {
    String field(String name) {
      return body.path(name).asText(null);
    }
  }

  Answer ask(int port, UUID commandId) throws Exception {
    return ask(port, commandId.toString(), ItKeys.authorization(ItKeys.STATUS));
  }

  /**
   * @param authorization the {@code Authorization} header, or null for none
   */
  Answer ask(int port, String commandId, String authorization) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/internal/v1/command-status/" + commandId))
            .timeout(Duration.ofSeconds(5))
            .GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), JSON.readTree(response.body()));
  }
}
