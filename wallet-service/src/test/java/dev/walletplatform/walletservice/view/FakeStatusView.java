package dev.walletplatform.walletservice.view;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for the stream processors' internal status endpoint: answers what a test put there, 404
 * NOT_IN_VIEW for the rest, or 503 / a slow answer when told to; counts the requests. As the real
 * one, it answers only callers presenting {@link #API_KEY} ({@code Authorization: ApiKey …}), 401
 * otherwise.
 */
public final class FakeStatusView implements AutoCloseable {
  public static final String API_KEY = "status-view-test-key-0123456789";

  private final HttpServer server;
  private final Map<String, String> bodies = new ConcurrentHashMap<>();
  private final AtomicInteger requests = new AtomicInteger();
  private volatile int forcedStatus;
  private volatile Duration delay = Duration.ZERO;

  public FakeStatusView() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/internal/v1/command-status/", this::answer);
    server.start();
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** A transfer out of alice's wallet. */
  public void holds(UUID id, String status, String reasonCode) {
    holds(id, status, reasonCode, "alice");
  }

  /** A transfer out of {@code wallet}. */
  public void holds(UUID id, String status, String reasonCode, String wallet) {
    bodies.put(
        id.toString(),
        """
        {"command_id":"%s","status":"%s","reason_code":%s,"kind":"TRANSFER","wallet":"%s",
         "accepted_at":"2025-01-31T12:00:00Z","decided_at":%s,"served_by":"fake:1"}"""
            .formatted(
                id,
                status,
                reasonCode == null ? "null" : "\"" + reasonCode + "\"",
                wallet,
                status.equals("accepted") ? "null" : "\"2025-01-31T12:00:02Z\""));
  }

  /**
   * Answers a query for {@code asked} with what it holds for {@code other}: a routing bug on the
   * view's side.
   */
  public void confuses(UUID asked, UUID other) {
    bodies.put(asked.toString(), bodies.get(other.toString()));
  }

  /** Every answer becomes this status (0: normal answers again). */
  public void answerWith(int status) {
    forcedStatus = status;
  }

  public void slowDownBy(Duration delay) {
    this.delay = delay;
  }

  public int requests() {
    return requests.get();
  }

  private void answer(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    try (exchange) {
      sleep(delay);
      String id =
          exchange.getRequestURI().getPath().substring("/internal/v1/command-status/".length());
      String body = bodies.get(id);
      boolean keyed =
          ("ApiKey " + API_KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"));
      int status = !keyed ? 401 : forcedStatus != 0 ? forcedStatus : body == null ? 404 : 200;
      String code =
          switch (status) {
            case 401 -> "UNAUTHENTICATED";
            case 404 -> "NOT_IN_VIEW";
            default -> "VIEW_UNAVAILABLE";
          };
      byte[] bytes =
          (status == 200 ? body : "{\"code\":\"" + code + "\",\"message\":\"fake\",\"details\":{}}")
              .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private static void sleep(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
