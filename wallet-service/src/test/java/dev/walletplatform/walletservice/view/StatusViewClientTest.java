package dev.walletplatform.walletservice.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.walletservice.config.StatusViewSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatusViewClientTest {
  private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private FakeStatusView view;
  private StatusViewClient client;

  @BeforeEach
  void start() throws Exception {
    view = new FakeStatusView();
    client =
        new StatusViewClient(
            StatusViewSettings.fromYaml(
                view.url().toString(),
                FakeStatusView.API_KEY,
                io.dropwizard.util.Duration.seconds(1),
                io.dropwizard.util.Duration.seconds(5)),
            metrics,
            nanos::get);
  }

  @AfterEach
  void stop() {
    view.close();
  }

  @Test
  void returnsWhatTheViewHolds() {
    UUID id = UUID.randomUUID();
    view.holds(id, "rejected", "DEVICE_CLAIM_LIMIT_EXCEEDED");

    assertThat(client.find(id))
        .hasValueSatisfying(
            status -> {
              assertThat(status.status()).isEqualTo("rejected");
              assertThat(status.reasonCode()).isEqualTo("DEVICE_CLAIM_LIMIT_EXCEEDED");
              assertThat(status.decidedAt()).isNotNull();
            });
  }

  @Test
  void leavesAnIdTheViewDoesNotHoldToTheDatabaseAndKeepsAskingTheView() {
    UUID id = UUID.randomUUID();
    assertThat(client.find(id)).isEmpty();
    view.holds(id, "accepted", null);

    assertThat(client.find(id)).as("a 404 is an answer, not a failure: no cooldown").isPresent();
    assertThat(metrics.counter("status.view.lookups", "result", "not_held").count()).isEqualTo(1.0);
  }

  @Test
  void skipsTheViewForTheCooldownAfterItFailed() {
    UUID id = UUID.randomUUID();
    view.holds(id, "accepted", null);
    view.answerWith(503);
    assertThat(client.find(id)).isEmpty();
    view.answerWith(0);

    assertThat(client.find(id)).as("within the cooldown the database answers").isEmpty();
    assertThat(view.requests()).isEqualTo(1);
    nanos.addAndGet(Duration.ofSeconds(5).toNanos());
    assertThat(client.find(id)).isPresent();
    assertThat(metrics.counter("status.view.lookups", "result", "skipped").count()).isEqualTo(1.0);
  }

  @Test
  void givesUpOnASlowViewAfterItsTimeout() {
    UUID id = UUID.randomUUID();
    view.holds(id, "applied", null);
    view.slowDownBy(Duration.ofSeconds(3));

    assertThat(client.find(id)).isEmpty();
    assertThat(metrics.counter("status.view.lookups", "result", "failed").count()).isEqualTo(1.0);
  }

  @Test
  void refusesAnAnswerAboutAnotherCommand() {
    UUID asked = UUID.randomUUID();
    UUID other = UUID.randomUUID();
    view.holds(other, "applied", null);
    view.confuses(asked, other);

    assertThat(client.find(asked)).as("never another command's status").isEmpty();
    assertThat(metrics.counter("status.view.lookups", "result", "failed").count()).isEqualTo(1.0);
    StatusViewClient disabled = new StatusViewClient(StatusViewSettings.disabled(), metrics);
    assertThat(disabled.find(asked)).as("no url: the database alone").isEmpty();
  }

  @Test
  void presentsItsApiKeyAndTreatsARefusedKeyAsAFailure() {
    UUID id = UUID.randomUUID();
    view.holds(id, "applied", null);
    StatusViewClient wrongKey =
        new StatusViewClient(
            StatusViewSettings.fromYaml(
                view.url().toString(),
                "not-the-status-view-key",
                io.dropwizard.util.Duration.seconds(1),
                io.dropwizard.util.Duration.seconds(5)),
            metrics,
            nanos::get);

    assertThat(client.find(id)).as("the configured key opens the view").isPresent();
    assertThat(wrongKey.find(id)).as("401: the database answers").isEmpty();
    assertThat(metrics.counter("status.view.lookups", "result", "failed").count()).isEqualTo(1.0);
  }

  @Test
  void neverAsksTheViewWithoutAKey() {
    UUID id = UUID.randomUUID();
    view.holds(id, "applied", null);
    StatusViewClient keyless =
        new StatusViewClient(
            StatusViewSettings.fromYaml(
                view.url().toString(),
                "",
                io.dropwizard.util.Duration.seconds(1),
                io.dropwizard.util.Duration.seconds(5)),
            metrics,
            nanos::get);

    assertThat(keyless.find(id)).isEmpty();
    assertThat(view.requests()).as("a keyless query would only be refused").isZero();
  }
}
