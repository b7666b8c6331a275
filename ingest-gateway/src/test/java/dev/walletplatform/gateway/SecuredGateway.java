package dev.walletplatform.gateway;

import dev.walletplatform.fixtures.tokens.ForgedTokens;
import dev.walletplatform.fixtures.tokens.LocalTokenIssuer;
import dev.walletplatform.gateway.config.GatewayConfiguration;
import dev.walletplatform.infra.kafka.KafkaCluster;
import dev.walletplatform.infra.kafka.TopicSpec;
import dev.walletplatform.infra.tls.SelfSignedKeystore;
import dev.walletplatform.schemas.Topics;
import dev.walletplatform.testsupport.SchemaRegistryExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A gateway over HTTPS against the shared real broker and registry, with what the security ITs need
 * around it: the token issuer whose JWKS it reads, forged tokens, an HTTPS client trusting its
 * certificate, a plain client for its admin port, and the commands topic's end offsets.
 */
final class SecuredGateway implements AutoCloseable {
  final DropwizardAppExtension<GatewayConfiguration> app;
  final SelfSignedKeystore keystore;
  final LocalTokenIssuer tokens;
  final ForgedTokens forged;
  final GatewayHttpsClient client;
  final CommandsTopicOffsets offsets;
  private final HttpClient admin =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private SecuredGateway(
      DropwizardAppExtension<GatewayConfiguration> app,
      SelfSignedKeystore keystore,
      LocalTokenIssuer tokens,
      Path dir,
      CommandsTopicOffsets offsets) {
    this.app = app;
    this.keystore = keystore;
    this.tokens = tokens;
    this.forged = new ForgedTokens(tokens, GatewayTestConfig.CLIENT_ID, dir);
    this.client = new GatewayHttpsClient(keystore.clientSslContext(), app.getLocalPort());
    this.offsets = offsets;
  }

  static SecuredGateway start(
      SchemaRegistryExtension registry, Path dir, GatewayTestConfig.RateLimits rateLimits)
      throws Exception {
    KafkaCluster kafka = registry.cluster();
    kafka.createTopics(List.of(TopicSpec.of(Topics.COMMANDS, 3, 1)));
    SelfSignedKeystore keystore = SelfSignedKeystore.generate(dir);
    LocalTokenIssuer tokens = GatewayTestConfig.issuer(dir);
    DropwizardAppExtension<GatewayConfiguration> app =
        new DropwizardAppExtension<>(
            GatewayApplication.class,
            GatewayTestConfig.write(
                    dir, kafka.bootstrapServers(), registry.uri(), keystore, tokens, rateLimits)
                .toString());
    app.before();
    return new SecuredGateway(
        app, keystore, tokens, dir, new CommandsTopicOffsets(kafka.bootstrapServers()));
  }

  /** A valid token of {@code clientId} owning {@code wallets}. */
  String token(String clientId, String... wallets) {
    return tokens.issue("user-" + clientId, clientId, List.of(wallets), Duration.ofMinutes(10));
  }

  int httpsPort() {
    return app.getLocalPort();
  }

  HttpResponse<String> admin(String method, String path, String authorization) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.getAdminPort() + path))
            .timeout(Duration.ofSeconds(20))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return admin.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new AssertionError("no answer from the admin port: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  @Override
  public void close() {
    offsets.close();
    app.after();
  }
}
