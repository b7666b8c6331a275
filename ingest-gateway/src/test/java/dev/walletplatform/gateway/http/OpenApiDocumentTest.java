package dev.walletplatform.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.walletplatform.domain.error.ErrorCode;
import dev.walletplatform.gateway.error.GatewayErrorCode;
import dev.walletplatform.testsupport.contract.OpenApiDocument;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published contract keeps up with the code: every code the gateway can answer is documented,
 * and every operation lists every error it can answer, so a generated client knows them all.
 * (GatewayHttpsClient checks what the gateway actually answers against the same document.)
 */
class OpenApiDocumentTest {
  /** Domain codes for other services' inputs (read API paging, command lookup). */
  private static final Set<ErrorCode> NOT_ANSWERED_BY_THE_GATEWAY =
      EnumSet.of(ErrorCode.INVALID_COMMAND_ID, ErrorCode.INVALID_CURSOR, ErrorCode.INVALID_LIMIT);

  /**
   * What a command can be refused with whatever its content: bad shape, token, ownership, Accept,
   * key reuse, size, media type, value, rate; and a bug or Kafka trouble. 404 and 405 concern no
   * operation (an unknown path, another method): the document's description names them.
   */
  private static final List<String> COMMAND_ERRORS =
      List.of("400", "401", "403", "406", "409", "413", "415", "422", "429", "500", "503");

  /** Each operation's error answers; a new operation must say its own here. */
  private static final Map<String, List<String>> ERRORS_BY_OPERATION =
      Map.of(
          "requestTransfer", COMMAND_ERRORS,
          "requestWithdrawal", COMMAND_ERRORS,
          "claimGiveaway", COMMAND_ERRORS,
          "openApiDocument", List.of("406"));

  private static final OpenApiDocument DOCUMENT = OpenApiDocument.of(OpenApiDocumentTest.class);

  @Test
  void documentsTheThreeCommandEndpoints() throws Exception {
    JsonNode paths = document().path("paths");

    assertThat(paths.has("/v1/transfers")).isTrue();
    assertThat(paths.has("/v1/withdrawals")).isTrue();
    assertThat(paths.has("/v1/giveaways/{campaign}/claims")).isTrue();
    assertThat(document().path("openapi").asText()).isEqualTo("3.1.0");
  }

  @Test
  void listsEveryCodeTheGatewayCanAnswerInOpenApiAndReadme() throws Exception {
    List<String> documented = new ArrayList<>();
    document()
        .path("components")
        .path("schemas")
        .path("Error")
        .path("properties")
        .path("code")
        .path("enum")
        .forEach(code -> documented.add(code.asText()));
    String readme = Files.readString(Path.of("README.md"));

    for (String code : answerableCodes()) {
      assertThat(documented).as("openapi.yaml Error.code enum").contains(code);
      assertThat(readme).as("README error table").contains("`" + code + "`");
    }
  }

  @Test
  void listsEveryErrorEachOperationCanAnswer() {
    assertThat(DOCUMENT.errorStatusMismatches(ERRORS_BY_OPERATION)).isEmpty();
  }

  @Test
  void answersEveryErrorAsTheOneErrorSchema() {
    assertThat(DOCUMENT.errorsOutsideTheErrorSchema()).isEmpty();
  }

  @Test
  void promisesRetryAfterOnEvery429And503AndTheChallengeOnEvery401() {
    for (OpenApiDocument.Operation operation : DOCUMENT.operations()) {
      for (String status : List.of("429", "503")) {
        if (operation.errorStatuses().contains(status)) {
          JsonNode retryAfter = operation.responseHeader(status, "Retry-After");
          assertThat(retryAfter.path("required").asBoolean())
              .as("%s %s Retry-After required", operation, status)
              .isTrue();
          assertThat(retryAfter.path("schema").path("type").asText()).isEqualTo("integer");
          assertThat(retryAfter.path("schema").path("minimum").asInt()).isEqualTo(1);
        }
      }
      if (operation.errorStatuses().contains("401")) {
        JsonNode challenge = operation.responseHeader("401", "WWW-Authenticate");
        assertThat(challenge.path("required").asBoolean())
            .as("%s 401 WWW-Authenticate required", operation)
            .isTrue();
        assertThat(challenge.path("schema").path("const").asText())
            .isEqualTo("Bearer realm=\"ingest-gateway\"");
      }
    }
  }

  private static List<String> answerableCodes() {
    return Stream.concat(
            EnumSet.complementOf(EnumSet.copyOf(NOT_ANSWERED_BY_THE_GATEWAY)).stream()
                .map(Enum::name),
            Stream.of(GatewayErrorCode.values()).map(Enum::name))
        .toList();
  }

  private static JsonNode document() throws Exception {
    try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/openapi.yaml")) {
      return new ObjectMapper(new YAMLFactory()).readTree(in);
    }
  }
}
