package dev.walletplatform.processors.status;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Asks the instance that owns a command id (its {@code application.server}) for the id's status,
 * marked as routed so it answers from its own store and never forwards again.
 */
public final class RemoteStatusClient {
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final HttpClient http;
  private final Duration timeout;

  public RemoteStatusClient(Duration timeout) {
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
  }

  StatusLookup fetch(HostInfo owner, String commandId) {
    URI uri = URI.create("http://" + owner.host() + ":" + owner.port() + CommandStatusPaths.ROOT + "/" + commandId
        + "?" + CommandStatusPaths.ROUTED + "=true");
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET()
        .build();
    try {
      HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
      return switch (answer.statusCode()) {
        case 200 -> {
          CommandStatusView view = JSON.readValue(answer.body(), CommandStatusView.class);
          yield new StatusLookup.Found(view.toStatus(), view.servedBy());
        }
        case 404 -> new StatusLookup.NotHeld();
        default -> new StatusLookup.Unavailable("owner " + owner + " answered " + answer.statusCode() + ": "
            + abbreviate(answer.body()));
      };
    } catch (HttpTimeoutException e) {
      return new StatusLookup.Unavailable("owner " + owner + " did not answer within " + timeout);
    } catch (IOException | IllegalArgumentException e) {
      return new StatusLookup.Unavailable("owner " + owner + " unreachable: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new StatusLookup.Unavailable("interrupted while asking " + owner);
    }
  }

  private static String abbreviate(String body) {
    return body.length() <= 200 ? body : body.substring(0, 200) + "…";
  }
}
