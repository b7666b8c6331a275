package dev.walletplatform.processors.status.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import dev.walletplatform.auth.apikey.ApiKeyCredential;
import dev.walletplatform.auth.apikey.ApiKeyRing;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusAccessFilterTest {
  private static final String STATUS_KEY = "status-key-0123456789abcdef";
  private static final String METRICS_KEY = "metrics-key-0123456789abcdef";
  private static final ApiKeyRing KEYS = new ApiKeyRing(List.of(
      new ApiKeyCredential("status-view", ApiKeyRing.hashOf(STATUS_KEY), Set.of("status:read")),
      new ApiKeyCredential("prometheus", ApiKeyRing.hashOf(METRICS_KEY), Set.of("metrics:read", "admin"))));

  private final MetricRegistry metrics = new MetricRegistry();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(nullValues = "none", value = {
      "none, 401",
      "ApiKey wrong-key-0123456789abcdef, 401",
      "Bearer status-key-0123456789abcdef, 401",
      "ApiKey, 401",
      "ApiKey metrics-key-0123456789abcdef, 403",
      "ApiKey status-key-0123456789abcdef, 200",
      "apikey status-key-0123456789abcdef, 200",
  })
  void letsOnlyAKeyWithStatusReadThrough(String authorization, int expected) throws Exception {
    Exchange exchange = new Exchange(authorization == null ? List.of() : List.of(authorization));
    filter(KEYS).doFilter(exchange.request(), exchange.response(), (rq, rs) -> exchange.passed.set(true));

    assertThat(exchange.status()).isEqualTo(expected);
    assertThat(exchange.passed.get()).as("reached the endpoint").isEqualTo(expected == 200);
  }

  @Test
  void refusesAnUnknownKeyWithTheSameJsonAsAMissingOne() throws Exception {
    Exchange missing = new Exchange(List.of());
    Exchange wrong = new Exchange(List.of("ApiKey wrong-key-0123456789abcdef"));
    filter(KEYS).doFilter(missing.request(), missing.response(), (rq, rs) -> missing.passed.set(true));
    filter(KEYS).doFilter(wrong.request(), wrong.response(), (rq, rs) -> wrong.passed.set(true));

    assertThat(wrong.body()).isEqualTo(missing.body())
        .isEqualTo("{\"code\":\"UNAUTHENTICATED\",\"message\":\"the status port needs 'Authorization: ApiKey <key>'\","
            + "\"details\":{}}");
    assertThat(missing.headers).containsEntry("WWW-Authenticate", "ApiKey realm=\"status\"")
        .containsEntry("Content-Type", "application/json").containsEntry("Cache-Control", "no-store");
    assertThat(metrics.meter("status-view.requests.refused.401").getCount()).isEqualTo(2);
  }

  @Test
  void namesTheMissingScopeToAKeyItKnows() throws Exception {
    Exchange exchange = new Exchange(List.of("ApiKey " + METRICS_KEY));
    filter(KEYS).doFilter(exchange.request(), exchange.response(), (rq, rs) -> exchange.passed.set(true));

    assertThat(exchange.body()).contains("\"code\":\"FORBIDDEN\"", "key 'prometheus' lacks scope status:read");
  }

  @Test
  void refusesTwoAuthorizationHeadersEvenIfOneIsRight() throws Exception {
    Exchange exchange = new Exchange(List.of("ApiKey " + STATUS_KEY, "ApiKey wrong-key-0123456789abcdef"));
    filter(KEYS).doFilter(exchange.request(), exchange.response(), (rq, rs) -> exchange.passed.set(true));

    assertThat(exchange.status()).isEqualTo(401);
  }

  @Test
  void refusesEveryQueryWhenNoKeyIsIssued() throws Exception {
    Exchange exchange = new Exchange(List.of("ApiKey " + STATUS_KEY));
    filter(ApiKeyRing.empty()).doFilter(exchange.request(), exchange.response(), (rq, rs) -> exchange.passed.set(true));

    assertThat(exchange.status()).isEqualTo(401);
    assertThat(exchange.passed.get()).isFalse();
  }

  private StatusAccessFilter filter(ApiKeyRing keys) {
    return new StatusAccessFilter(keys, metrics);
  }

  /** A request and a response just real enough for the filter, without a servlet container. */
  private static final class Exchange {
    final AtomicBoolean passed = new AtomicBoolean();
    final Map<String, String> headers = new HashMap<>();
    private final List<String> authorization;
    private int status = 200;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    Exchange(List<String> authorization) {
      this.authorization = authorization;
    }

    HttpServletRequest request() {
      return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
          new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
            case "getHeaders" -> Collections.enumeration("Authorization".equals(args[0]) ? authorization : List.of());
            default -> null;
          });
    }

    HttpServletResponse response() {
      ServletOutputStream stream = new ServletOutputStream() {
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
      return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
          new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
            switch (method.getName()) {
              case "setStatus" -> status = (Integer) args[0];
              case "setHeader" -> headers.put((String) args[0], (String) args[1]);
              case "setContentType" -> headers.put("Content-Type", (String) args[0]);
              case "getOutputStream" -> {
                return stream;
              }
              default -> { }
            }
            return null;
          });
    }

    int status() {
      return status;
    }

    String body() {
      return body.toString(StandardCharsets.UTF_8);
    }
  }
}
