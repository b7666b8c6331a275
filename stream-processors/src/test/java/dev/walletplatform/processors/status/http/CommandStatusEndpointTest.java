package dev.walletplatform.processors.status.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import dev.walletplatform.processors.status.CommandStatusQuery;
import dev.walletplatform.processors.status.RemoteStatusClient;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandStatusEndpointTest {
  private final MetricRegistry metrics = new MetricRegistry();
  /** No Streams client: every id that gets past validation is answered 503 by the query. */
  private final CommandStatusEndpoint endpoint = new CommandStatusEndpoint(new CommandStatusQuery(Optional::empty,
      Optional.empty(), new RemoteStatusClient(Duration.ofMillis(100), Optional.empty()), metrics));

  @ParameterizedTest
  @ValueSource(strings = {"", "not-a-uuid", "0b7c6e1a8f6d4b0e9a3c2d1e0f9a8b7c", "{0b7c6e1a-8f6d-4b0e-9a3c-2d1e0f9a8b7c}",
      "0b7c6e1a-8f6d-4b0e-9a3c-2d1e0f9a8b7c0", "0b7c6e1a-8f6d-4b0e-9a3c-2d1e0f9a8b7", "1-1-1-1-1",
      "+b7c6e1a-8f6d-4b0e-9a3c-2d1e0f9a8b7c", "0b7c6e1a-8f6d-4b0e-9a3c-2d1e0f9a8b7g", "0b7c6e1a-8f6d-4b0e-9a3c-2d1e0f9a8b7\n",
      "0b7c6e1a-8f6d-4b0e-9a3c-2d1e0f9a8b7c\n", "0b7c6e1a_8f6d_4b0e_9a3c_2d1e0f9a8b7c", "../../admin/tasks/gc-aaaaaaaaaaaaaa"})
  void refusesAnIdThatIsNotACanonicalUuidBeforeAnyLookup(String id) {
    Response response = endpoint.status(id, false);

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getEntity()).isEqualTo(Map.of("code", "INVALID_COMMAND_ID",
        "message", "command_id must be a UUID (8-4-4-4-12 hex digits)", "details", Map.of()));
    assertThat(metrics.getMeters()).as("no lookup counted").isEmpty();
  }

  @Test
  void refusesAMissingId() {
    assertThat(endpoint.status(null, false).getStatus()).isEqualTo(400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0b7c6e1a-8f6d-4b0e-9a3c-2d1e0f9a8b7c", "0B7C6E1A-8F6D-4B0E-9A3C-2D1E0F9A8B7C"})
  void looksUpAUuidInEitherCase(String id) {
    Response response = endpoint.status(id, false);

    assertThat(response.getStatus()).as("the view is not running: ask the database").isEqualTo(503);
    assertThat(metrics.meter("status-view.queries.unavailable").getCount()).isEqualTo(1);
  }
}
