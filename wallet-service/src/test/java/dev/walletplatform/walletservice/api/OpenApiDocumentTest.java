package dev.walletplatform.walletservice.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletplatform.testsupport.contract.OpenApiDocument;
import dev.walletplatform.walletservice.WalletServiceApplication;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the published contract lists every error it can answer, in the one Error
 * schema, so a generated client knows them all. (RunningWalletService checks what the service
 * actually answers against the same document.)
 */
class OpenApiDocumentTest {
  /**
   * A wallet read can be refused for its input, token, ownership, Accept, an unknown wallet, a bug
   * or the database. 404/405 for an unknown path or another method concern no operation: the
   * document's description names them.
   */
  private static final List<String> WALLET_READ_ERRORS =
      List.of("400", "401", "403", "404", "406", "500", "503");

  /** Each operation's error answers; a new operation must say its own here. */
  private static final Map<String, List<String>> ERRORS_BY_OPERATION =
      Map.of(
          "getBalances",
          WALLET_READ_ERRORS,
          "getTransactions",
          WALLET_READ_ERRORS,
          // no 403: another caller's command is the same 404 as an unknown one, so ids cannot be
          // probed
          "getCommandStatus",
          List.of("400", "401", "404", "406", "500", "503"),
          "getOpenApi",
          List.of("406"));

  private static final OpenApiDocument DOCUMENT =
      OpenApiDocument.of(WalletServiceApplication.class);

  @Test
  void listsEveryErrorEachOperationCanAnswer() {
    assertThat(DOCUMENT.errorStatusMismatches(ERRORS_BY_OPERATION)).isEmpty();
  }

  @Test
  void answersEveryErrorAsTheOneErrorSchema() {
    assertThat(DOCUMENT.errorsOutsideTheErrorSchema()).isEmpty();
  }

  @Test
  void promisesRetryAfterOnEvery503AndTheChallengeOnEvery401() {
    for (OpenApiDocument.Operation operation : DOCUMENT.operations()) {
      if (operation.errorStatuses().contains("503")) {
        JsonNode retryAfter = operation.responseHeader("503", "Retry-After");
        assertThat(retryAfter.path("required").asBoolean())
            .as("%s 503 Retry-After required", operation)
            .isTrue();
        assertThat(retryAfter.path("schema").path("type").asText()).isEqualTo("integer");
        assertThat(retryAfter.path("schema").path("minimum").asInt()).isEqualTo(1);
      }
      if (operation.errorStatuses().contains("401")) {
        JsonNode challenge = operation.responseHeader("401", "WWW-Authenticate");
        assertThat(challenge.path("required").asBoolean())
            .as("%s 401 WWW-Authenticate required", operation)
            .isTrue();
        assertThat(challenge.path("schema").path("const").asText())
            .isEqualTo("Bearer realm=\"wallet-service\"");
      }
    }
  }
}
