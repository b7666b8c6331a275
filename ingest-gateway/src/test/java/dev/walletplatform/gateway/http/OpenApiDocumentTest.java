package dev.walletplatform.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.walletplatform.domain.error.ErrorCode;
import dev.walletplatform.gateway.error.GatewayErrorCode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published contract keeps up with the code: every code the gateway can answer is documented.
 */
class OpenApiDocumentTest {
  /** Domain codes for other services' inputs (read API paging, command lookup). */
  private static final Set<ErrorCode> NOT_ANSWERED_BY_THE_GATEWAY =
      EnumSet.of(ErrorCode.INVALID_COMMAND_ID, ErrorCode.INVALID_CURSOR, ErrorCode.INVALID_LIMIT);

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
