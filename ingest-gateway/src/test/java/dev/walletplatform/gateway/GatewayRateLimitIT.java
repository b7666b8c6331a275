package dev.walletplatform.gateway;

import static dev.walletplatform.gateway.GatewayHttpsClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.testsupport.SchemaRegistryExtension;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-client rate limits over the real stack: a client bursting past its bucket gets 429
 * RATE_LIMITED with Retry-After, while another client sending at the same moment is served. Each
 * client may burst 5 requests and then 1 per second.
 */
class GatewayRateLimitIT {
  @RegisterExtension static final SchemaRegistryExtension REGISTRY = new SchemaRegistryExtension();
  @TempDir static Path dir;

  private static final int BURST = 5;
  private static final GatewayTestConfig.RateLimits LIMITS =
      new GatewayTestConfig.RateLimits(1, BURST, 10_000, 10_000);

  private static SecuredGateway gateway;

  @BeforeAll
  static void startGateway() throws Exception {
    gateway = SecuredGateway.start(REGISTRY, dir, LIMITS);
  }

  @AfterAll
  static void stopGateway() {
    if (gateway != null) {
      gateway.close();
    }
  }

  @Test
  void refusesAClientOverItsBurstWithRetryAfterWhileAnotherClientIsServed() throws Exception {
    String greedy = gateway.token("app-greedy", "greedy-1");
    String polite = gateway.token("app-polite", "polite-1");
    CountDownLatch start = new CountDownLatch(1);

    long started = System.nanoTime();
    CompletableFuture<List<HttpResponse<String>>> burst =
        CompletableFuture.supplyAsync(() -> send(start, greedy, "greedy-1", 4 * BURST));
    CompletableFuture<List<HttpResponse<String>>> meanwhile =
        CompletableFuture.supplyAsync(() -> send(start, polite, "polite-1", BURST));
    start.countDown();
    List<HttpResponse<String>> greedyAnswers = burst.get();
    double seconds = (System.nanoTime() - started) / 1e9;
    List<HttpResponse<String>> politeAnswers = meanwhile.get();

    assertThat(politeAnswers)
        .as("the other client, at the same time")
        .extracting(HttpResponse::statusCode)
        .containsOnly(202);
    List<HttpResponse<String>> refused =
        greedyAnswers.stream().filter(r -> r.statusCode() == 429).toList();
    long accepted = greedyAnswers.stream().filter(r -> r.statusCode() == 202).count();
    assertThat(accepted + refused.size())
        .as("every answer is 202 or 429")
        .isEqualTo(greedyAnswers.size());
    assertThat(accepted)
        .as("the burst, plus what refilled in %.1f s", seconds)
        .isBetween((long) BURST, BURST + (long) Math.ceil(seconds) + 1);
    assertThat(refused)
        .isNotEmpty()
        .allSatisfy(
            answer -> {
              assertThat(json(answer).path("code").asText()).isEqualTo("RATE_LIMITED");
              assertThat(json(answer).path("details").path("limit").asText()).isEqualTo("caller");
              long retryAfter =
                  Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow());
              assertThat(retryAfter).as("one token per second").isEqualTo(1);
              assertThat(json(answer).path("details").path("retry_after_seconds").asLong())
                  .isEqualTo(retryAfter);
            });
  }

  @Test
  void producesNothingForARefusedRequest() {
    String token = gateway.token("app-counted", "counted-1");
    long before = gateway.offsets.end();

    // spends the burst and what refills meanwhile: a fresh gateway's first produce to a new topic
    // can alone take longer than the one second a token needs
    HttpResponse<String> answer;
    int accepted = 0;
    do {
      answer = post(token, "counted-1", "counted-key-" + accepted);
      accepted += answer.statusCode() == 202 ? 1 : 0;
    } while (answer.statusCode() == 202 && accepted < 4 * BURST);

    assertThat(answer.statusCode()).isEqualTo(429);
    assertThat(accepted).isGreaterThanOrEqualTo(BURST);
    assertThat(answer.headers().firstValue("Strict-Transport-Security")).isPresent();
    assertThat(gateway.offsets.end())
        .as("a record per accepted request, none for the refused one")
        .isEqualTo(before + accepted);
  }

  private static List<HttpResponse<String>> send(
      CountDownLatch start, String token, String wallet, int count) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    List<HttpResponse<String>> answers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      answers.add(post(token, wallet, wallet + "-key-" + i));
    }
    return answers;
  }

  private static HttpResponse<String> post(String token, String wallet, String key) {
    return gateway.client.post(
        token,
        "/v1/transfers",
        key,
        "{\"from_wallet\":\""
            + wallet
            + "\",\"to_wallet\":\"bob-22\",\"asset\":\"BTC\",\"amount\":\"0.001\"}");
  }
}
