package dev.walletplatform.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the contract lets pass and what it fails, on a small OpenAPI 3.1 document in the services'
 * style.
 */
class OpenApiContractTest {
  private static final OpenApiContract CONTRACT =
      OpenApiContract.of(OpenApiContractTest.class, "/contract/accounts.yaml");
  private static final String ACCOUNT = "{\"id\":\"alice\",\"balance\":\"1.5\",\"closed_at\":null}";
  private static final String UNAVAILABLE =
      "{\"code\":\"UNAVAILABLE\",\"message\":\"later\",\"details\":{}}";

  @Test
  void passesAnAnswerTheDocumentDescribes() {
    assertThatCode(() -> check(get("/v1/accounts/alice").answer(200, ACCOUNT)))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                check(
                    get("/v1/accounts/alice?limit=3")
                        .answer(200, ACCOUNT.replace("null", "\"2025-01-31T12:00:00Z\""))))
        .doesNotThrowAnyException();
  }

  @Test
  void failsOnAStatusTheOperationDoesNotList() {
    assertThatThrownBy(() -> check(get("/v1/accounts/alice").answer(418, "{}")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("GET /v1/accounts/alice -> 418")
        .hasMessageContaining("Response status 418 not defined for path '/v1/accounts/{id}'");
  }

  @Test
  void failsWhenAResponseFieldIsRenamed() {
    assertThatThrownBy(
            () ->
                check(
                    get("/v1/accounts/alice").answer(200, ACCOUNT.replace("\"id\"", "\"ident\""))))
        .hasMessageContaining("missing required properties ([\"id\"])")
        .hasMessageContaining("not allowed by the schema: [\"ident\"]");
  }

  @Test
  void failsOnAResponseFieldTheSchemaDoesNotList() {
    assertThatThrownBy(
            () -> check(openAccount().answer(202, "{\"status\":\"accepted\",\"queue\":3}")))
        .hasMessageContaining("not allowed by the schema: [\"queue\"]");
  }

  @Test
  void checksTheTypesNullabilityAndConstantsOfA31Document() {
    assertThatThrownBy(
            () -> check(get("/v1/accounts/alice").answer(200, ACCOUNT.replace("\"1.5\"", "1.5"))))
        .hasMessageContaining("[Path '/balance'] Instance type (number) does not match");
    assertThatThrownBy(
            () -> check(get("/v1/accounts/alice").answer(200, ACCOUNT.replace("null", "5"))))
        .hasMessageContaining("[Path '/closed_at'] Instance type (integer) does not match");
    assertThatThrownBy(
            () ->
                check(get("/v1/accounts/alice").answer(200, ACCOUNT.replace("\"alice\"", "null"))))
        .hasMessageContaining("[Path '/id'] Instance type (null) does not match");
    assertThatThrownBy(() -> check(openAccount().answer(202, "{\"status\":\"queued\"}")))
        .hasMessageContaining("Instance value (\"queued\") not found in enum");
  }

  @Test
  void failsOnAContentTypeTheOperationDoesNotList() {
    assertThatThrownBy(
            () -> check(get("/v1/accounts/alice").answer(200, "<p>alice</p>", "text/html")))
        .hasMessageContaining(
            "Response Content-Type header 'text/html' does not match any allowed types");
  }

  @Test
  void failsWhenARequiredResponseHeaderIsMissingOrBreaksItsSchema() {
    assertThatThrownBy(() -> check(get("/v1/accounts/alice").answer(503, UNAVAILABLE)))
        .hasMessageContaining("Header 'Retry-After' is expected");
    assertThatThrownBy(
            () ->
                check(
                    get("/v1/accounts/alice").answer(503, UNAVAILABLE).header("Retry-After", "0")))
        .hasMessageContaining("lower than the required minimum (minimum: 1, found: 0)");
    assertThatCode(
            () ->
                check(
                    get("/v1/accounts/alice").answer(503, UNAVAILABLE).header("retry-after", "2")))
        .doesNotThrowAnyException();
  }

  @Test
  void failsWhenTheServiceServesARequestTheDocumentForbids() {
    assertThatThrownBy(
            () ->
                check(
                    openAccount()
                        .without("Idempotency-Key")
                        .answer(202, "{\"status\":\"accepted\"}")))
        .hasMessageContaining("Header parameter 'Idempotency-Key' is required");
    assertThatThrownBy(
            () ->
                check(
                    openAccount()
                        .body("{\"name\":\"a\",\"memo\":\"hi\"}")
                        .answer(202, "{\"status\":\"accepted\"}")))
        .hasMessageContaining("not allowed by the schema: [\"memo\"]");
    assertThatThrownBy(() -> check(get("/v1/accounts/alice?limit=99").answer(200, ACCOUNT)))
        .hasMessageContaining("greater than the required maximum (maximum: 10, found: 99)");
    assertThatThrownBy(
            () -> check(get("/v1/accounts/alice").without("Authorization").answer(200, ACCOUNT)))
        .hasMessageContaining("requires security parameters. None found.");
  }

  @Test
  void letsARefusedRequestBreakTheDocumentWhenTheRefusalIsDocumented() {
    String badRequest =
        "{\"code\":\"BAD_REQUEST\",\"message\":\"no key\",\"details\":{\"field\":\"Idempotency-Key\"}}";
    assertThatCode(() -> check(openAccount().without("Idempotency-Key").answer(400, badRequest)))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                check(
                    get("/v1/accounts/alice")
                        .without("Authorization")
                        .answer(
                            401, "{\"code\":\"UNAUTHENTICATED\",\"message\":\"no\",\"details\":{}}")
                        .header("WWW-Authenticate", "Bearer")))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                check(
                    get("/v1/accounts/alice")
                        .without("Authorization")
                        .answer(
                            401,
                            "{\"code\":\"UNAUTHENTICATED\",\"message\":\"no\",\"details\":{}}")))
        .as("the refusal itself must still be as documented")
        .hasMessageContaining("Header 'WWW-Authenticate' is expected");
  }

  @Test
  void letsARequestNoOperationDescribesOnlyBeRefusedInTheErrorShape() {
    String notFound = "{\"code\":\"NOT_FOUND\",\"message\":\"no such path\",\"details\":{}}";
    assertThatCode(() -> check(get("/v1/nothing").answer(404, notFound)))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                check(
                    get("/v1/accounts").answer(405, notFound.replace("NOT_FOUND", "BAD_REQUEST"))))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> check(get("/v1/nothing").answer(404, "{\"error\":\"not found\"}")))
        .hasMessageContaining("missing required properties ([\"code\",\"details\",\"message\"])");
    assertThatThrownBy(() -> check(get("/v1/nothing").answer(404, "Not Found", "text/plain")))
        .hasMessageContaining("A refusal must be an application/json Error");
    assertThatThrownBy(() -> check(get("/v1/nothing").answer(200, "{}")))
        .hasMessageContaining(
            "The service answered 200 to a request the document has no operation for")
        .hasMessageContaining("No API path found that matches request '/v1/nothing'");
  }

  @Test
  void countsTheExchangesItChecked() {
    int before = CONTRACT.checked();

    check(get("/v1/accounts/alice").answer(200, ACCOUNT));
    assertThatThrownBy(() -> check(get("/v1/accounts/alice").answer(418, "{}")))
        .isInstanceOf(AssertionError.class);

    // other classes may check in parallel: at least these two, the failed one included
    assertThat(CONTRACT.checked()).isGreaterThanOrEqualTo(before + 2);
  }

  private static Call get(String pathAndQuery) {
    return new Call("GET", pathAndQuery).header("Authorization", "Bearer a.b.c");
  }

  private static Call openAccount() {
    return new Call("POST", "/v1/accounts")
        .header("Authorization", "Bearer a.b.c")
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", "key-0001")
        .body("{\"name\":\"alice\"}");
  }

  /** A request being written; {@link #answer} adds the answer it got. */
  private static final class Call {
    private final String method;
    private final String pathAndQuery;
    private final Map<String, List<String>> headers = new HashMap<>();
    private String body = "";

    Call(String method, String pathAndQuery) {
      this.method = method;
      this.pathAndQuery = pathAndQuery;
    }

    Call header(String name, String value) {
      headers.put(name, List.of(value));
      return this;
    }

    Call without(String name) {
      headers.remove(name);
      return this;
    }

    Call body(String json) {
      body = json;
      return this;
    }

    Answer answer(int status, String responseBody) {
      return answer(status, responseBody, "application/json");
    }

    Answer answer(int status, String responseBody, String contentType) {
      return new Answer(
          this, status, responseBody, new HashMap<>(Map.of("Content-Type", List.of(contentType))));
    }
  }

  /** A request and its answer, which can still get headers; {@link #check} checks it. */
  private record Answer(Call call, int status, String body, Map<String, List<String>> headers) {
    Answer header(String name, String value) {
      headers.put(name, List.of(value));
      return this;
    }
  }

  private static void check(Answer answer) {
    CONTRACT.check(exchange(answer));
  }

  private static RecordedExchange exchange(Answer answer) {
    String[] pathAndQuery = answer.call().pathAndQuery.split("\\?", 2);
    return new RecordedExchange(
        answer.call().method,
        pathAndQuery[0],
        pathAndQuery.length > 1 ? pathAndQuery[1] : null,
        answer.call().headers,
        answer.call().body.getBytes(StandardCharsets.UTF_8),
        answer.status(),
        answer.headers(),
        answer.body());
  }
}
