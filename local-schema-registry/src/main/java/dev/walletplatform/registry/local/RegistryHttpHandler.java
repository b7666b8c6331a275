package dev.walletplatform.registry.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP plumbing around {@link RegistryRoutes}: decodes the path and the JSON body, renders answers
 * with Confluent's content type, and every error as Confluent's {@code {"error_code","message"}}.
 */
final class RegistryHttpHandler implements HttpHandler {
  static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final Logger LOG = LoggerFactory.getLogger(RegistryHttpHandler.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_BODY_BYTES =
      4 * 1024 * 1024; // far above any schema; bounds a stray upload

  private final RegistryRoutes routes;

  RegistryHttpHandler(RegistryRoutes routes) {
    this.routes = routes;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      List<String> path = segments(exchange.getRequestURI().getRawPath());
      int status = 200;
      Object answer;
      try {
        answer =
            routes.route(
                method, path, query(exchange.getRequestURI().getRawQuery()), body(exchange));
        if (answer == null) {
          boolean otherMethod = RegistryRoutes.knownPath(path);
          status = otherMethod ? 405 : 404;
          answer =
              error(status, otherMethod ? "HTTP 405 Method Not Allowed" : "HTTP 404 Not Found");
        }
      } catch (RegistryApiException e) {
        status = e.status();
        answer = error(e.errorCode(), e.getMessage());
        if (status >= 500) {
          LOG.warn("{} {} answered {}", method, exchange.getRequestURI(), status, e);
        }
      } catch (RuntimeException e) {
        status = 500;
        answer = error(50001, "Error in the backend data store: " + e);
        LOG.error("{} {} failed", method, exchange.getRequestURI(), e);
      }
      send(exchange, status, answer);
    }
  }

  private static JsonNode body(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
      if (bytes.length > MAX_BODY_BYTES) {
        throw new RegistryApiException(413, 413, "request body over " + MAX_BODY_BYTES + " bytes");
      }
      if (bytes.length == 0) {
        return JSON.missingNode();
      }
      try {
        return JSON.readTree(bytes);
      } catch (JsonProcessingException e) {
        throw new RegistryApiException(
            400, 400, "request body is not JSON: " + e.getOriginalMessage(), e);
      }
    }
  }

  private static void send(HttpExchange exchange, int status, Object answer) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(answer);
    exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static Map<String, Object> error(int errorCode, String message) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("error_code", errorCode);
    error.put("message", message);
    return error;
  }

  /** Path segments, each percent-decoded on its own so a subject may contain an encoded '/'. */
  static List<String> segments(String rawPath) {
    return Arrays.stream(rawPath.split("/"))
        .filter(s -> !s.isEmpty())
        .map(RegistryHttpHandler::decode)
        .toList();
  }

  private static Map<String, String> query(String rawQuery) {
    Map<String, String> query = new HashMap<>();
    if (rawQuery != null) {
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        query.put(
            decode(eq < 0 ? pair : pair.substring(0, eq)),
            eq < 0 ? "" : decode(pair.substring(eq + 1)));
      }
    }
    return query;
  }

  private static String decode(String raw) {
    return URLDecoder.decode(
        raw.replace("+", "%2B"), StandardCharsets.UTF_8); // '+' is literal in a path
  }
}
