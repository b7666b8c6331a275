package dev.walletplatform.processors.status;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.walletplatform.kit.status.CommandStatusView;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Asks the instance that owns a command id (its {@code application.server}) for the id's status,
 * marked as routed so it answers from its own store and never forwards again, presenting this
 * instance's status key ({@code statusView.peerApiKey}). A refusal (401/403: the instances disagree
 * on the key) is an unavailable answer like any other, and names itself in the reason.
 */
public final class RemoteStatusClient {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final HttpClient http;
  private final Duration timeout;
  private final Optional<String> authorization;

  /**
   * @param apiKey the key of scope status:read to present; empty sends none (the owner will refuse)
   */
  public RemoteStatusClient(Duration timeout, Optional<String> apiKey) {
    this.timeout = timeout;
    this.authorization = apiKey.map(key -> "ApiKey " + key);
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  StatusLookup fetch(HostInfo owner, String commandId) {
    URI uri =
        URI.create(
            "http://"
                + owner.host()
                + ":"
                + owner.port()
                + CommandStatusPaths.ROOT
                + "/"
                + commandId
                + "?"
                + CommandStatusPaths.ROUTED
                + "=true");
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json");
    authorization.ifPresent(value -> builder.header("Authorization", value));
    HttpRequest request = builder.GET().build();
    try {
      HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
      return switch (answer.statusCode()) {
        case 200 -> {
          CommandStatusView view = JSON.readValue(answer.body(), CommandStatusView.class);
          yield new StatusLookup.Found(CommandStatus.fromView(view), view.servedBy());
        }
        case 404 -> new StatusLookup.NotHeld();
        case 401, 403 ->
            new StatusLookup.Unavailable(
                "owner "
                    + owner
                    + " refused this instance's status key ("
                    + answer.statusCode()
                    + "): statusView.peerApiKey and the owner's statusView.callers disagree");
        default ->
            new StatusLookup.Unavailable(
                "owner "
                    + owner
                    + " answered "
                    + answer.statusCode()
                    + ": "
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
