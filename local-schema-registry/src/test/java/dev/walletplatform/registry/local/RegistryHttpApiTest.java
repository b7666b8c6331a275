package dev.walletplatform.registry.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.walletplatform.schemas.registry.HttpSchemaRegistryClient;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import dev.walletplatform.schemas.registry.SchemaRegistryException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Confluent REST subset over real HTTP, with the Kafka log replaced by one that applies at
 * once.
 */
class RegistryHttpApiTest {
  static final Schema PAYMENT_V1 =
      new Schema.Parser()
          .parse(
              """
      {"type": "record", "name": "Payment", "namespace": "test.v1", "fields": [
        {"name": "wallet", "type": "string"}, {"name": "amount", "type": "long"}]}""");
  static final Schema PAYMENT_V2 =
      new Schema.Parser()
          .parse(
              """
      {"type": "record", "name": "Payment", "namespace": "test.v1", "fields": [
        {"name": "wallet", "type": "string"}, {"name": "amount", "type": "long"},
        {"name": "memo", "type": ["null", "string"], "default": null}]}""");
  static final Schema PAYMENT_INCOMPATIBLE =
      new Schema.Parser()
          .parse(
              """
      {"type": "record", "name": "Payment", "namespace": "test.v1", "fields": [
        {"name": "wallet", "type": "string"}, {"name": "amount", "type": "string"}]}""");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SchemaStore store = new SchemaStore();
  private final LocalSchemaRegistry registry =
      LocalSchemaRegistry.serve(store, new DirectSchemaLog(store), 0);
  private final SchemaRegistryClient client =
      new HttpSchemaRegistryClient(registry.uri(), Duration.ofSeconds(5));
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    registry.close();
  }

  @Test
  void registersASchemaAndServesItBackById() {
    int id = client.register("payments-value", PAYMENT_V1);

    assertThat(id).isEqualTo(1);
    assertThat(new HttpSchemaRegistryClient(registry.uri(), Duration.ofSeconds(5)).schemaById(id))
        .isEqualTo(PAYMENT_V1);
  }

  @Test
  void answersTheSameIdWhenTheSameSchemaIsRegisteredAgain() throws Exception {
    int first = client.register("payments-value", PAYMENT_V1);

    JsonNode again = post("/subjects/payments-value/versions", PAYMENT_V1);

    assertThat(again.path("id").asInt()).isEqualTo(first);
    assertThat(get("/subjects/payments-value/versions").body()).isEqualTo("[1]");
  }

  @Test
  void givesOneSchemaOneIdAcrossSubjects() {
    int commands = client.register("commands-value", PAYMENT_V1);
    int events = client.register("events-value", PAYMENT_V1);

    assertThat(events).isEqualTo(commands);
  }

  @Test
  void registersACompatibleEvolutionAsTheNextVersionWithANewId() throws Exception {
    client.register("payments-value", PAYMENT_V1);
    int v2 = client.register("payments-value", PAYMENT_V2);

    JsonNode latest = JSON.readTree(get("/subjects/payments-value/versions/latest").body());

    assertThat(v2).isEqualTo(2);
    assertThat(latest.path("version").asInt()).isEqualTo(2);
    assertThat(latest.path("id").asInt()).isEqualTo(2);
    assertThat(latest.path("subject").asText()).isEqualTo("payments-value");
    assertThat(new Schema.Parser().parse(latest.path("schema").asText())).isEqualTo(PAYMENT_V2);
    assertThat(JSON.readTree(get("/subjects/payments-value/versions/1").body()).path("id").asInt())
        .isEqualTo(1);
  }

  @Test
  void refusesAnIncompatibleSchemaWith409AndConfluentsErrorBody() throws Exception {
    client.register("payments-value", PAYMENT_V1);

    HttpResponse<String> response =
        send("POST", "/subjects/payments-value/versions", schemaBody(PAYMENT_INCOMPATIBLE));

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue(RegistryHttpHandler.CONTENT_TYPE);
    JsonNode error = JSON.readTree(response.body());
    assertThat(error.path("error_code").asInt()).isEqualTo(409);
    assertThat(error.path("message").asText())
        .contains("incompatible", "payments-value", "TYPE_MISMATCH");
    assertThatThrownBy(() -> client.register("payments-value", PAYMENT_INCOMPATIBLE))
        .isInstanceOfSatisfying(
            SchemaRegistryException.class, e -> assertThat(e.status()).isEqualTo(409));
    assertThat(get("/subjects/payments-value/versions").body()).isEqualTo("[1]");
  }

  @Test
  void answersTheCompatibilityQuestionWithoutRegistering() throws Exception {
    client.register("payments-value", PAYMENT_V1);

    JsonNode verbose =
        post(
            "/compatibility/subjects/payments-value/versions/latest?verbose=true",
            PAYMENT_INCOMPATIBLE);

    assertThat(client.isCompatibleWithLatest("payments-value", PAYMENT_V2)).isTrue();
    assertThat(client.isCompatibleWithLatest("payments-value", PAYMENT_INCOMPATIBLE)).isFalse();
    assertThat(client.isCompatibleWithLatest("no-such-subject", PAYMENT_INCOMPATIBLE)).isTrue();
    assertThat(verbose.path("is_compatible").asBoolean()).isFalse();
    assertThat(verbose.path("messages").toString()).contains("TYPE_MISMATCH");
    assertThat(get("/subjects/payments-value/versions").body()).isEqualTo("[1]");
  }

  @Test
  void answersNotFoundWithConfluentsErrorCodes() throws Exception {
    client.register("payments-value", PAYMENT_V1);

    assertError(get("/schemas/ids/99"), 404, 40403);
    assertError(get("/subjects/nobody-value/versions"), 404, 40401);
    assertError(get("/subjects/nobody-value/versions/latest"), 404, 40401);
    assertError(get("/subjects/payments-value/versions/7"), 404, 40402);
    assertError(get("/subjects/payments-value/versions/0"), 422, 42202);
    assertError(get("/no/such/path"), 404, 404);
    assertError(send("DELETE", "/subjects", ""), 405, 405);
    assertThatThrownBy(() -> client.schemaById(99))
        .isInstanceOfSatisfying(
            SchemaRegistryException.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void refusesAnInvalidSchemaWith422() throws Exception {
    assertError(
        send(
            "POST",
            "/subjects/x-value/versions",
            "{\"schema\": \"{\\\"type\\\": \\\"record\\\"}\"}"),
        422,
        42201);
    assertError(send("POST", "/subjects/x-value/versions", "{}"), 422, 42201);
    assertError(
        send(
            "POST",
            "/subjects/x-value/versions",
            JSON.writeValueAsString(
                Map.of("schema", "syntax = \"proto3\";", "schemaType", "PROTOBUF"))),
        422,
        42201);
    assertError(send("POST", "/subjects/x-value/versions", "not json"), 400, 400);
  }

  @Test
  void listsSubjectsAndServesTheGlobalBackwardConfig() throws Exception {
    client.register("b-value", PAYMENT_V1);
    client.register("a/with slash-value", PAYMENT_V1);

    assertThat(get("/subjects").body()).isEqualTo("[\"a/with slash-value\",\"b-value\"]");
    assertThat(get("/subjects/a%2Fwith%20slash-value/versions").body()).isEqualTo("[1]");
    assertThat(JSON.readTree(get("/config").body()).path("compatibilityLevel").asText())
        .isEqualTo("BACKWARD");
  }

  private static void assertError(HttpResponse<String> response, int status, int errorCode)
      throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode error = JSON.readTree(response.body());
    assertThat(error.path("error_code").asInt()).as(response.body()).isEqualTo(errorCode);
    assertThat(error.path("message").asText()).isNotBlank();
  }

  private JsonNode post(String path, Schema schema) throws Exception {
    HttpResponse<String> response = send("POST", path, schemaBody(schema));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return send("GET", path, "");
  }

  private HttpResponse<String> send(String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(registry.uri() + path))
            .header("Content-Type", RegistryHttpHandler.CONTENT_TYPE)
            .method(
                method,
                body.isEmpty()
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String schemaBody(Schema schema) throws IOException {
    return JSON.writeValueAsString(Map.of("schema", schema.toString()));
  }
}
