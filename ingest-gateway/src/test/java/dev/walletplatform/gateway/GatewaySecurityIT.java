package dev.walletplatform.gateway;

import static dev.walletplatform.fixtures.tokens.ForgedTokens.Flaw.ALG_NONE;
import static dev.walletplatform.fixtures.tokens.ForgedTokens.Flaw.EXPIRED;
import static dev.walletplatform.fixtures.tokens.ForgedTokens.Flaw.HS256_WITH_PUBLIC_KEY;
import static dev.walletplatform.fixtures.tokens.ForgedTokens.Flaw.NOT_YET_VALID;
import static dev.walletplatform.fixtures.tokens.ForgedTokens.Flaw.TAMPERED_CLAIMS;
import static dev.walletplatform.fixtures.tokens.ForgedTokens.Flaw.WRONG_AUDIENCE;
import static dev.walletplatform.fixtures.tokens.ForgedTokens.Flaw.WRONG_ISSUER;
import static dev.walletplatform.gateway.GatewayHttpsClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.walletplatform.testsupport.SchemaRegistryExtension;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every entry point refuses every bad credential: the three command endpoints over HTTPS and the
 * admin port's /metrics and a task, each called without credentials and with tokens that are
 * expired, not yet valid, for another wallet, tampered, unsigned, HMAC-signed, for another audience
 * or issuer — and nothing reaches Kafka. Also: a rotated signing key is picked up from the JWKS,
 * TLS below 1.2 and non-AEAD suites are refused, and HSTS is on every public answer.
 *
 * <p>The failsafe JVM re-enables TLS 1.0/1.1 and static-RSA suites in the JDK (see the pom), so the
 * refusals seen here are the gateway's configuration, not the JDK's defaults.
 */
class GatewaySecurityIT {
  @RegisterExtension static final SchemaRegistryExtension REGISTRY = new SchemaRegistryExtension();
  @TempDir static Path dir;

  private static final List<String> ALICE = List.of("alice-1");
  private static final String TRANSFER =
      "{\"from_wallet\":\"alice-1\",\"to_wallet\":\"bob-22\",\"asset\":\"BTC\",\"amount\":\"0.5\"}";
  private static final String WITHDRAWAL =
      "{\"wallet\":\"alice-1\",\"asset\":\"ETH\",\"amount\":\"1.5\",\"destination\":\"0x52908400098527886E\"}";
  private static final String CLAIM = "{\"wallet\":\"alice-1\"}";

  private static SecuredGateway gateway;

  @BeforeAll
  static void startGateway() throws Exception {
    gateway = SecuredGateway.start(REGISTRY, dir, GatewayTestConfig.GENEROUS_RATE_LIMITS);
  }

  @AfterAll
  static void stopGateway() {
    if (gateway != null) {
      gateway.close();
    }
  }

  /** The endpoints; each takes an Authorization value (null: none) and answers. */
  static Stream<Arguments> endpoints() {
    return Stream.of(
        Arguments.of("POST /v1/transfers", command("/v1/transfers", TRANSFER)),
        Arguments.of("POST /v1/withdrawals", command("/v1/withdrawals", WITHDRAWAL)),
        Arguments.of(
            "POST /v1/giveaways/{campaign}/claims",
            command("/v1/giveaways/spring-drop/claims", CLAIM)),
        Arguments.of("admin GET /metrics", admin("GET", "/metrics")),
        Arguments.of("admin POST /tasks/gc", admin("POST", "/tasks/gc")));
  }

  /**
   * Credentials that must never be enough, and what each endpoint kind answers (command, admin).
   */
  static Stream<Arguments> credentials() {
    return Stream.of(
        credential("none", g -> null, 401),
        credential("an expired token", g -> g.forged.authorization(EXPIRED, ALICE), 401),
        credential(
            "a token for another wallet",
            g -> "Bearer " + g.forged.valid(List.of("mallory-9")),
            403),
        credential(
            "a tampered signature", g -> g.forged.authorization(TAMPERED_CLAIMS, ALICE), 401),
        credential("alg none", g -> g.forged.authorization(ALG_NONE, ALICE), 401),
        credential(
            "HS256 keyed with the public key",
            g -> g.forged.authorization(HS256_WITH_PUBLIC_KEY, ALICE),
            401),
        credential("the wrong audience", g -> g.forged.authorization(WRONG_AUDIENCE, ALICE), 401),
        credential("the wrong issuer", g -> g.forged.authorization(WRONG_ISSUER, ALICE), 401),
        credential(
            "a not-yet-valid token", g -> g.forged.authorization(NOT_YET_VALID, ALICE), 401));
  }

  static Stream<Arguments> endpointsTimesCredentials() {
    return endpoints()
        .flatMap(
            endpoint ->
                credentials()
                    .map(
                        credential ->
                            Arguments.of(
                                endpoint.get()[0] + " with " + credential.get()[0],
                                endpoint.get()[1],
                                credential.get()[1],
                                credential.get()[2])));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpointsTimesCredentials")
  void refusesEveryEndpointWithoutValidCredentialsAndProducesNothing(
      String behaviour,
      BiFunction<SecuredGateway, String, HttpResponse<String>> endpoint,
      Function<SecuredGateway, String> credential,
      int commandStatus) {
    boolean admin = behaviour.startsWith("admin");
    long before = gateway.offsets.end();

    HttpResponse<String> response = endpoint.apply(gateway, credential.apply(gateway));

    // the admin port takes API keys only: any bearer token, valid or not, is no credential there
    int expected = admin ? 401 : commandStatus;
    assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
    assertThat(json(response).path("code").asText())
        .isEqualTo(expected == 403 ? "WALLET_NOT_OWNED" : "UNAUTHENTICATED");
    assertThat(gateway.offsets.end()).as("records on the commands topic").isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void servesEveryEndpointWithTheRightCredential(
      String name, BiFunction<SecuredGateway, String, HttpResponse<String>> endpoint) {
    String credential =
        switch (name) {
          case "admin GET /metrics" -> "ApiKey " + GatewayTestConfig.METRICS_KEY;
          case "admin POST /tasks/gc" -> "ApiKey " + GatewayTestConfig.OPERATOR_KEY;
          default -> "Bearer " + gateway.forged.valid(ALICE);
        };

    HttpResponse<String> response = endpoint.apply(gateway, credential);

    assertThat(response.statusCode()).as(response.body()).isIn(200, 202);
  }

  @Test
  void refusesAMetricsKeyForTasksAndAnUnknownKeyEverywhere() {
    assertThat(
            gateway
                .admin("POST", "/tasks/gc", "ApiKey " + GatewayTestConfig.METRICS_KEY)
                .statusCode())
        .isEqualTo(403);
    assertThat(gateway.admin("GET", "/metrics", "ApiKey not-a-key-of-ours").statusCode())
        .isEqualTo(401);
    assertThat(gateway.admin("GET", "/healthcheck", null).statusCode()).isEqualTo(401);
    assertThat(gateway.admin("GET", "/ready", null).statusCode())
        .as("probes stay open")
        .isEqualTo(200);
  }

  @Test
  void acceptsATokenOfARotatedKeyOnceTheJwksPublishesIt() {
    String beforeRotation = gateway.forged.valid(ALICE);
    assertThat(post(beforeRotation, "rotation-key-0001").statusCode()).isEqualTo(202);

    gateway.tokens.rotate();
    String afterRotation = gateway.forged.valid(ALICE);

    assertThat(kid(afterRotation)).isNotEqualTo(kid(beforeRotation));
    // an unknown kid refetches the JWKS at most every unknownKeyRefreshInterval (100 ms here)
    HttpResponse<String> response = post(afterRotation, "rotation-key-0002");
    for (long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        response.statusCode() == 401 && System.nanoTime() < deadline; ) {
      response = post(afterRotation, "rotation-key-0002");
    }
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    assertThat(post(beforeRotation, "rotation-key-0003").statusCode())
        .as("the old key is still published")
        .isEqualTo(202);
  }

  @Test
  void refusesATls11Handshake() throws IOException {
    try (SSLSocket socket = socket()) {
      assertThat(Arrays.asList(socket.getSupportedProtocols()))
          .as("this JVM can offer TLS 1.1")
          .contains("TLSv1.1");
      socket.setEnabledProtocols(new String[] {"TLSv1.1"});

      SSLException refused = catchThrowableOfType(SSLException.class, socket::startHandshake);

      assertThat(refused).as("handshake outcome").isNotNull();
      assertThat(refused.getMessage())
          .as("the server's alert, not a local refusal")
          .contains("Received fatal alert");
    }
  }

  @Test
  void refusesTls12WithoutAnAeadSuite() throws IOException {
    try (SSLSocket socket = socket()) {
      socket.setEnabledProtocols(new String[] {"TLSv1.2"});
      socket.setEnabledCipherSuites(
          new String[] {
            "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", "TLS_RSA_WITH_AES_128_GCM_SHA256"
          });

      SSLException refused = catchThrowableOfType(SSLException.class, socket::startHandshake);

      assertThat(refused).as("handshake outcome").isNotNull();
      assertThat(refused.getMessage()).contains("Received fatal alert");
    }
  }

  @Test
  void negotiatesTls12WithAnAeadSuiteAndTls13() throws IOException {
    try (SSLSocket socket = socket()) {
      socket.setEnabledProtocols(new String[] {"TLSv1.2"});
      socket.startHandshake();
      assertThat(socket.getSession().getProtocol()).isEqualTo("TLSv1.2");
      assertThat(socket.getSession().getCipherSuite())
          .startsWith("TLS_ECDHE_")
          .containsAnyOf("_GCM_", "CHACHA20");
    }
    try (SSLSocket socket = socket()) {
      socket.startHandshake();
      assertThat(socket.getSession().getProtocol()).isEqualTo("TLSv1.3");
    }
  }

  @Test
  void sendsStrictTransportSecurityOnEveryPublicAnswerErrorsIncluded() {
    String hsts = "max-age=31536000; includeSubDomains";
    List<HttpResponse<String>> answers =
        List.of(
            post(gateway.forged.valid(ALICE), "hsts-key-0001"),
            post(null, "hsts-key-0002"),
            gateway.client.send(gateway.client.request("/openapi.yaml").GET().build()),
            gateway.client.send(
                gateway
                    .client
                    .request("/v1/nothing")
                    .header("Authorization", "Bearer " + gateway.forged.valid(ALICE))
                    .GET()
                    .build()),
            gateway.client.sendOutsideTheContract(
                gateway
                    .client
                    .request("/v1/transfers")
                    .method("TRACE", HttpRequest.BodyPublishers.noBody())
                    .build()),
            gateway.client.sendOutsideTheContract(
                gateway
                    .client
                    .request("/v1/transfers")
                    .header("X-Padding", "p".repeat(32 * 1024))
                    .GET()
                    .build()));

    assertThat(answers)
        .extracting(HttpResponse::statusCode)
        .containsExactly(202, 401, 200, 404, 405, 431);
    assertThat(answers)
        .allSatisfy(
            answer ->
                assertThat(answer.headers().firstValue("Strict-Transport-Security"))
                    .as(answer.uri() + " " + answer.statusCode())
                    .contains(hsts));
  }

  private static HttpResponse<String> post(String token, String key) {
    HttpRequest.Builder request =
        gateway
            .client
            .request("/v1/transfers")
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(TRANSFER));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return gateway.client.send(request.build());
  }

  private static SSLSocket socket() throws IOException {
    SSLSocket socket =
        (SSLSocket)
            gateway
                .keystore
                .clientSslContext()
                .getSocketFactory()
                .createSocket("localhost", gateway.httpsPort());
    socket.setSoTimeout(10_000);
    return socket;
  }

  private static String kid(String token) {
    try {
      return com.nimbusds.jwt.SignedJWT.parse(token).getHeader().getKeyID();
    } catch (java.text.ParseException e) {
      throw new AssertionError(e);
    }
  }

  private static BiFunction<SecuredGateway, String, HttpResponse<String>> command(
      String path, String body) {
    return (g, authorization) -> {
      HttpRequest.Builder request =
          g.client
              .request(path)
              .header("Content-Type", "application/json")
              .header("Idempotency-Key", "key-" + java.util.UUID.randomUUID())
              .POST(HttpRequest.BodyPublishers.ofString(body));
      if (authorization != null) {
        request.header("Authorization", authorization);
      }
      return g.client.send(request.build());
    };
  }

  private static BiFunction<SecuredGateway, String, HttpResponse<String>> admin(
      String method, String path) {
    return (g, authorization) -> g.admin(method, path, authorization);
  }

  private static Arguments credential(
      String name, Function<SecuredGateway, String> authorization, int commandStatus) {
    return Arguments.of(name, authorization, commandStatus);
  }
}
