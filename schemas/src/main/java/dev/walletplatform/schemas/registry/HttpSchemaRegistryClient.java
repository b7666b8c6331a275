package dev.walletplatform.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * A Confluent-REST schema-registry client over the JDK HTTP client. Ids and schemas never change
 * once issued, so both directions are cached for the life of the process: after warm-up the hot
 * path makes no HTTP call.
 */
public final class HttpSchemaRegistryClient implements SchemaRegistryClient {
  private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI baseUri;
  private final Duration timeout;
  private final HttpClient http;
  private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
  private final Map<String, Integer> idsBySubjectAndSchema = new ConcurrentHashMap<>();

  public HttpSchemaRegistryClient(URI baseUri, Duration timeout) {
    String text = baseUri.toString();
    this.baseUri = URI.create(text.endsWith("/") ? text : text + "/");
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  @Override
  public int register(String subject, Schema schema) {
    String canonical = schema.toString();
    return idsBySubjectAndSchema.computeIfAbsent(
        subject + '\n' + canonical,
        key -> {
          JsonNode answer = post("subjects/" + encode(subject) + "/versions", canonical);
          int id = answer.path("id").asInt(-1);
          if (id < 0) {
            throw new SchemaRegistryException(
                "registry answered no id for subject " + subject + ": " + answer, 200, null);
          }
          schemasById.putIfAbsent(id, schema);
          return id;
        });
  }

  @Override
  public Schema schemaById(int id) {
    return schemasById.computeIfAbsent(
        id,
        key -> {
          JsonNode answer = send(request("schemas/ids/" + key).GET().build());
          return new Schema.Parser().parse(answer.path("schema").asText());
        });
  }

  @Override
  public boolean isCompatibleWithLatest(String subject, Schema schema) {
    JsonNode answer =
        post("compatibility/subjects/" + encode(subject) + "/versions/latest", schema.toString());
    return answer.path("is_compatible").asBoolean(false);
  }

  private JsonNode post(String path, String schemaText) {
    String body;
    try {
      body = JSON.writeValueAsString(Map.of("schema", schemaText));
    } catch (IOException e) {
      throw new SchemaRegistryException("cannot encode schema for " + path, -1, e);
    }
    return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(baseUri.resolve(path))
        .timeout(timeout)
        .header("Content-Type", CONTENT_TYPE)
        .header("Accept", CONTENT_TYPE);
  }

  private JsonNode send(HttpRequest request) {
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new SchemaRegistryException("schema registry unreachable at " + request.uri(), -1, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SchemaRegistryException("interrupted calling " + request.uri(), -1, e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new SchemaRegistryException(
          request.method()
              + " "
              + request.uri()
              + " answered "
              + response.statusCode()
              + ": "
              + response.body(),
          response.statusCode(),
          null);
    }
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new SchemaRegistryException(
          "registry answered non-JSON from " + request.uri() + ": " + response.body(),
          response.statusCode(),
          e);
    }
  }

  private static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public String toString() {
    return "HttpSchemaRegistryClient[" + baseUri + "]";
  }
}
