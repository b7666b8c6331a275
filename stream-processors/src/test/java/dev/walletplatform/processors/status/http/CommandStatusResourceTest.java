package dev.walletplatform.processors.status.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletplatform.domain.error.ErrorCode;
import dev.walletplatform.domain.error.InvalidInputException;
import dev.walletplatform.kit.http.ApiException;
import dev.walletplatform.processors.status.CommandStatusQuery;
import dev.walletplatform.processors.status.RemoteStatusClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandStatusResourceTest {
  private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

  /** No Streams client: every id that gets past validation is answered 503 by the query. */
  private final CommandStatusResource resource =
      new CommandStatusResource(
          new CommandStatusQuery(
              Optional::empty,
              Optional.empty(),
              new RemoteStatusClient(Duration.ofMillis(100), Optional.empty()),
              metrics));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not-a-uuid",
        "0b7c6e1a8f6d4b0e9a3c2d1e0f9a8b7c",
        "{0b7c6e1a-8f6d-4b0e-9a3c-2d1e0f9a8b7c}",
        "0b7c6e1a-8f6d-4b0e-9a3c-2d1e0f9a8b7c0",
        "0b7c6e1a-8f6d-4b0e-9a3c-2d1e0f9a8b7",
        "1-1-1-1-1",
        "+b7c6e1a-8f6d-4b0e-9a3c-2d1e0f9a8b7c",
        "0b7c6e1a-8f6d-4b0e-9a3c-2d1e0f9a8b7g",
        "0b7c6e1a-8f6d-4b0e-9a3c-2d1e0f9a8b7\n",
        "0b7c6e1a-8f6d-4b0e-9a3c-2d1e0f9a8b7c\n",
        "0b7c6e1a_8f6d_4b0e_9a3c_2d1e0f9a8b7c",
        "../../admin/tasks/gc-aaaaaaaaaaaaaa"
      })
  void refusesAnIdThatIsNotACanonicalUuidBeforeAnyLookup(String id) {
    assertThatThrownBy(() -> resource.status(id, false))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_COMMAND_ID);
              assertThat(e.field()).isEqualTo("command_id");
            });
    assertThat(metrics.getMeters()).as("no lookup counted").isEmpty();
  }

  @Test
  void refusesAMissingId() {
    assertThatThrownBy(() -> resource.status(null, false))
        .isInstanceOf(InvalidInputException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"0b7c6e1a-8f6d-4b0e-9a3c-2d1e0f9a8b7c", "0B7C6E1A-8F6D-4B0E-9A3C-2D1E0F9A8B7C"})
  void looksUpAUuidInEitherCase(String id) {
    assertThatThrownBy(() -> resource.status(id, false))
        .as("the view is not running: ask the database")
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.code()).isEqualTo(StatusViewErrorCode.VIEW_UNAVAILABLE);
              assertThat(e.status()).isEqualTo(503);
            });
    assertThat(metrics.counter("status.view.queries", "result", "unavailable").count())
        .isEqualTo(1.0);
  }
}
