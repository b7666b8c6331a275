package dev.walletplatform.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.gateway.RawHttpsConnection.Answer;
import dev.walletplatform.testsupport.SchemaRegistryExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a refusal does to the connection it came on. A client pools its connections; an answer sent
 * before the request's body was read, on a connection the gateway then drops, makes the client's
 * next request on it fail with no answer at all. So a refusal of an authenticated caller reads the
 * rest of a body within the size limit and keeps the connection; an anonymous caller, or a body
 * over the limit, gets {@code Connection: close} and is never read.
 */
class GatewayConnectionReuseIT {
  @RegisterExtension static final SchemaRegistryExtension REGISTRY = new SchemaRegistryExtension();
  @TempDir static Path dir;

  /** One request per caller, then nothing for 100 s: every request after the first is a 429. */
  private static final GatewayTestConfig.RateLimits ONE_REQUEST_EACH =
      new GatewayTestConfig.RateLimits(0.01, 1, 10_000, 10_000);

  private static final String TRANSFER =
      "{\"from_wallet\":\"%s\",\"to_wallet\":\"bob-22\",\"asset\":\"BTC\",\"amount\":\"0.001\"}";

  private static SecuredGateway gateway;

  @BeforeAll
  static void startGateway() throws Exception {
    gateway = SecuredGateway.start(REGISTRY, dir, ONE_REQUEST_EACH);
  }

  @AfterAll
  static void stopGateway() {
    if (gateway != null) {
      gateway.close();
    }
  }

  @Test
  void aRateLimitedCallersConnectionAnswersItsNextRequest() throws Exception {
    String token = gateway.token("app-reuse", "reuse-1");
    String body = TRANSFER.formatted("reuse-1");
    try (RawHttpsConnection connection = connect()) {
      connection.sendHead("/v1/transfers", token, "reuse-key-1", body.length());
      connection.sendBody(body);
      assertThat(connection.read().status()).as("the caller's one request").isEqualTo(202);

      // the body trails the headers, as it does from a real client on a slow link
      connection.sendHead("/v1/transfers", token, "reuse-key-2", body.length());
      Thread.sleep(300);
      connection.sendBody(body);
      Answer refused = connection.read();
      assertThat(refused.status()).isEqualTo(429);
      assertThat(refused.closesConnection())
          .as("Connection: close on %s", refused.headers())
          .isFalse();

      connection.sendHead("/v1/transfers", token, "reuse-key-3", body.length());
      connection.sendBody(body);
      assertThat(connection.read().status()).as("answered on the same connection").isEqualTo(429);
    }
  }

  @Test
  void anAnonymousCallerIsAnsweredWithoutReadingItsBodyAndTheConnectionCloses() throws Exception {
    try (RawHttpsConnection connection = connect()) {
      connection.sendHead("/v1/transfers", null, "anonymous-key", 100);
      // the body never comes: the 401 must not wait for it

      Answer refused = connection.read();

      assertThat(refused.status()).isEqualTo(401);
      assertThat(refused.closesConnection())
          .as("Connection: close on %s", refused.headers())
          .isTrue();
    }
  }

  @Test
  void aBodyDeclaredOverTheLimitIsAnsweredWithoutReadingItAndTheConnectionCloses()
      throws Exception {
    String token = gateway.token("app-large", "large-1");
    try (RawHttpsConnection connection = connect()) {
      connection.sendHead("/v1/transfers", token, "large-key", 10_000_000);

      Answer refused = connection.read();

      assertThat(refused.status()).isEqualTo(413);
      assertThat(refused.closesConnection())
          .as("Connection: close on %s", refused.headers())
          .isTrue();
    }
  }

  private static RawHttpsConnection connect() throws Exception {
    return new RawHttpsConnection(gateway.keystore.clientSslContext(), gateway.httpsPort());
  }
}
