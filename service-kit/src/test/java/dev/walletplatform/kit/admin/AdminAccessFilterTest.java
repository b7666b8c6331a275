package dev.walletplatform.kit.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.walletplatform.kit.auth.apikey.ApiKeyCredential;
import dev.walletplatform.kit.auth.apikey.ApiKeyRing;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdminAccessFilterTest {
  private static final ApiKeyRing KEYS =
      new ApiKeyRing(
          List.of(
              new ApiKeyCredential(
                  "prometheus",
                  ApiKeyRing.hashOf("scrape-key-0123456789"),
                  Set.of(AdminAccessFilter.METRICS_SCOPE)),
              new ApiKeyCredential(
                  "oncall",
                  ApiKeyRing.hashOf("oncall-key-0123456789"),
                  Set.of(AdminAccessFilter.ADMIN_SCOPE))));

  @ParameterizedTest(name = "{0} with {1} -> {2}")
  @CsvSource({
    "/live, , 200",
    "/ready, , 200",
    "/metrics, , 401",
    "/metrics, ApiKey wrong-key-0123456789, 401",
    "/metrics, Bearer scrape-key-0123456789, 401",
    "/metrics, ApiKey scrape-key-0123456789, 200",
    "/metrics, ApiKey oncall-key-0123456789, 200",
    "/healthcheck, ApiKey scrape-key-0123456789, 403",
    "/healthcheck, ApiKey oncall-key-0123456789, 200",
    "/tasks/gc, , 401",
    "/threads, ApiKey oncall-key-0123456789, 200",
  })
  void letsProbesThroughAndGuardsTheRestByScope(String path, String authorization, int expected)
      throws Exception {
    Exchange exchange = new Exchange(path, authorization);
    new AdminAccessFilter(KEYS, new ObjectMapper())
        .doFilter(exchange.request(), exchange.response(), (rq, rs) -> exchange.passed.set(true));

    assertThat(exchange.status()).isEqualTo(expected);
    assertThat(exchange.passed.get()).as("reached the servlet").isEqualTo(expected == 200);
  }

  @Test
  void withNoKeysConfiguredOnlyTheProbesAnswer() throws Exception {
    Exchange metrics = new Exchange("/metrics", "ApiKey anything-0123456789");
    new AdminAccessFilter(ApiKeyRing.empty(), new ObjectMapper())
        .doFilter(metrics.request(), metrics.response(), (rq, rs) -> metrics.passed.set(true));

    assertThat(metrics.status()).isEqualTo(401);
    assertThat(metrics.body()).contains("\"code\":\"UNAUTHENTICATED\"");
  }

  /** A request and a response just real enough for the filter, without a servlet container. */
  private static final class Exchange {
    final AtomicBoolean passed = new AtomicBoolean();
    private final String path;
    private final String authorization;
    private final Map<String, Object> state = new HashMap<>(Map.of("status", 200));
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    Exchange(String path, String authorization) {
      this.path = path;
      this.authorization = authorization;
    }

    HttpServletRequest request() {
      return (HttpServletRequest)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {HttpServletRequest.class},
              (proxy, method, args) ->
                  switch (method.getName()) {
                    case "getServletPath" -> path;
                    case "getPathInfo" -> null;
                    case "getHeaders" ->
                        Collections.enumeration(
                            authorization == null ? List.of() : List.of(authorization));
                    default -> null;
                  });
    }

    HttpServletResponse response() {
      ServletOutputStream stream =
          new ServletOutputStream() {
            @Override
            public boolean isReady() {
              return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {}

            @Override
            public void write(int b) {
              body.write(b);
            }
          };
      return (HttpServletResponse)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {HttpServletResponse.class},
              (proxy, method, args) -> {
                switch (method.getName()) {
                  case "setStatus" -> state.put("status", args[0]);
                  case "getOutputStream" -> {
                    return stream;
                  }
                  default -> {}
                }
                return null;
              });
    }

    int status() {
      return (Integer) java.util.Objects.requireNonNull(state.get("status"), "no status was set");
    }

    String body() {
      return body.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
