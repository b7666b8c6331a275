package dev.walletplatform.kit.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class HttpRequestMetricsTest {
  private static final SimpleMeterRegistry REGISTRY = new SimpleMeterRegistry();

  @Path("/v1/wallets/{walletId}")
  public static final class Wallets {
    @GET
    public String wallet(@PathParam("walletId") String walletId) {
      if (walletId.equals("gone")) {
        throw new NotFoundException();
      }
      return walletId;
    }

    @GET
    @Path("balances")
    public String balances(@PathParam("walletId") String walletId) {
      return "[]";
    }
  }

  private final ResourceExtension resources =
      ResourceExtension.builder()
          .addResource(new Wallets())
          .addProvider(new HttpRequestMetrics(REGISTRY))
          .build();

  @Test
  void labelsEachRequestWithItsRouteNeverTheRawPath() {
    get("/v1/wallets/w-1");
    get("/v1/wallets/w-2");
    get("/v1/wallets/w-1/balances");
    get("/v1/wallets/gone");
    get("/v2/nothing-here");

    assertThat(count("/v1/wallets/{walletId}", "200")).isEqualTo(2);
    assertThat(count("/v1/wallets/{walletId}/balances", "200")).isEqualTo(1);
    assertThat(count("/v1/wallets/{walletId}", "404")).isEqualTo(1);
    assertThat(count("NOT_FOUND", "404")).isEqualTo(1);
    assertThat(REGISTRY.find(HttpRequestMetrics.NAME).timers())
        .allSatisfy(t -> assertThat(t.getId().getTag("uri")).doesNotContain("w-1", "w-2"));
    assertThat(
            REGISTRY
                .get(HttpRequestMetrics.NAME)
                .tags("uri", "/v1/wallets/{walletId}", "status", "404")
                .timer()
                .getId()
                .getTag("outcome"))
        .isEqualTo("CLIENT_ERROR");
  }

  private void get(String path) {
    resources.target(path).request().get().close(); // only the server's side is under test
  }

  private static long count(String uri, String status) {
    var timer = REGISTRY.find(HttpRequestMetrics.NAME).tags("uri", uri, "status", status).timer();
    return timer == null ? 0 : timer.count();
  }
}
