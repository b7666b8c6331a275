package dev.walletplatform.kit.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.kit.auth.apikey.ApiKeyCredential;
import dev.walletplatform.kit.auth.apikey.ApiKeyRing;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.annotation.Nullable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The internal port's guard, in Jersey's in-memory container with the kit's error mapper. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ApiKeyFilterTest {
  private static final String STATUS_KEY = "status-key-0123456789abcdef";
  private static final String METRICS_KEY = "metrics-key-0123456789abcdef";
  private static final ApiKeyRing KEYS =
      new ApiKeyRing(
          List.of(
              new ApiKeyCredential(
                  "status-view", ApiKeyRing.hashOf(STATUS_KEY), Set.of("status:read")),
              new ApiKeyCredential(
                  "prometheus", ApiKeyRing.hashOf(METRICS_KEY), Set.of("metrics:read", "admin"))));
  private static final SimpleMeterRegistry METRICS = new SimpleMeterRegistry();

  private final ResourceExtension port = internalPort(KEYS);
  private final ResourceExtension closedPort = internalPort(ApiKeyRing.empty());

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      nullValues = "none",
      value = {
        "none, 401",
        "ApiKey wrong-key-0123456789abcdef, 401",
        "Bearer status-key-0123456789abcdef, 401",
        "ApiKey, 401",
        "ApiKey metrics-key-0123456789abcdef, 403",
        "ApiKey status-key-0123456789abcdef, 200",
        "apikey status-key-0123456789abcdef, 200",
      })
  void letsOnlyAKeyWithThePortsScopeThrough(String authorization, int expected) {
    try (Response response = call(port, authorization)) {
      assertThat(response.getStatus()).isEqualTo(expected);
      if (expected == 200) {
        assertThat(response.readEntity(String.class)).isEqualTo("status-view");
      }
    }
  }

  @Test
  void refusesAnUnknownKeyWithTheSameBodyAsAMissingOneAndCountsBoth() {
    double before = METRICS.counter("auth.refused", "problem", "api_key").count();
    try (Response missing = call(port, null);
        Response wrong = call(port, "ApiKey wrong-key-0123456789abcdef")) {
      String body = missing.readEntity(String.class);
      assertThat(wrong.readEntity(String.class))
          .isEqualTo(body)
          .isEqualTo(
              "{\"code\":\"UNAUTHENTICATED\",\"message\":\"this port needs 'Authorization: ApiKey <key>'\","
                  + "\"details\":{}}");
      assertThat(missing.getHeaderString("WWW-Authenticate"))
          .isEqualTo("ApiKey realm=\"stream-processors\"");
      assertThat(missing.getHeaderString("Cache-Control")).isEqualTo("no-store");
    }
    assertThat(METRICS.counter("auth.refused", "problem", "api_key").count() - before)
        .isEqualTo(2.0);
  }

  @Test
  void namesTheMissingScopeToAKeyItKnows() {
    try (Response response = call(port, "ApiKey " + METRICS_KEY)) {
      assertThat(response.readEntity(String.class))
          .contains("\"code\":\"FORBIDDEN\"", "key 'prometheus' lacks scope status:read");
    }
  }

  @Test
  void refusesTwoAuthorizationHeadersEvenIfOneIsRight() {
    Invocation.Builder request =
        port.target("/whoami")
            .request()
            .header("Authorization", "ApiKey " + STATUS_KEY)
            .header("Authorization", "ApiKey wrong-key-0123456789abcdef");
    try (Response response = request.get()) {
      assertThat(response.getStatus()).isEqualTo(401);
    }
  }

  @Test
  void refusesEveryRequestWhenNoKeyIsIssued() {
    try (Response response = call(closedPort, "ApiKey " + STATUS_KEY)) {
      assertThat(response.getStatus()).isEqualTo(401);
    }
  }

  private static Response call(ResourceExtension on, @Nullable String authorization) {
    Invocation.Builder request = on.target("/whoami").request();
    if (authorization != null) {
      request = request.header("Authorization", authorization);
    }
    return request.get();
  }

  private static ResourceExtension internalPort(ApiKeyRing keys) {
    return ResourceExtension.builder()
        .setRegisterDefaultExceptionMappers(false)
        .bootstrapLogging(false)
        .addProvider(new ApiKeyFilter(keys, "status:read", "stream-processors", METRICS))
        .addProvider(new ErrorResponseMapper(InputErrorStatus.ALWAYS_BAD_REQUEST))
        .addProvider(new NoStoreFilter())
        .addResource(new WhoAmI())
        .build();
  }

  /** Answers the name of the key that passed the filter. */
  @Path("/whoami")
  public static final class WhoAmI {
    @GET
    public String name(@jakarta.ws.rs.core.Context jakarta.ws.rs.core.SecurityContext security) {
      return security.getUserPrincipal().getName();
    }
  }
}
