package dev.walletplatform.walletservice.view;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.walletplatform.kit.status.CommandStatusView;
import dev.walletplatform.walletservice.config.StatusViewSettings;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the live status view for a command, within a short timeout, with the {@code status:read} API
 * key ({@code Authorization: ApiKey …}). Empty means "ask the database": the view does not hold the
 * id, is rebalancing, or did not answer — or no key is configured here, so it is never asked. After
 * a failure (a refused key included: 401/403 are failures) the view is left alone for the cooldown,
 * so its outage costs one timeout, not one per request.
 */
public final class StatusViewClient {
  private static final Logger LOG = LoggerFactory.getLogger(StatusViewClient.class);
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final Set<String> STATUSES = Set.of("accepted", "applied", "rejected");

  private final StatusViewSettings config;
  private final HttpClient http;
  private final LongSupplier nanoClock;
  private final AtomicLong skipUntilNanos;
  private final Counter answered;
  private final Counter notHeld;
  private final Counter failed;
  private final Counter skipped;

  public StatusViewClient(StatusViewSettings config, MeterRegistry metrics) {
    this(config, metrics, System::nanoTime);
  }

  StatusViewClient(StatusViewSettings config, MeterRegistry metrics, LongSupplier nanoClock) {
    this.config = config;
    this.nanoClock = nanoClock;
    this.skipUntilNanos = new AtomicLong(nanoClock.getAsLong());
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(config.timeout().toJavaDuration())
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    // status_view_lookups_total{result}: how often the fast path answered, and why it did not
    this.answered = metrics.counter("status.view.lookups", "result", "answered");
    this.notHeld = metrics.counter("status.view.lookups", "result", "not_held");
    this.failed = metrics.counter("status.view.lookups", "result", "failed");
    this.skipped = metrics.counter("status.view.lookups", "result", "skipped");
    if (config.url() != null && config.apiKey() == null) {
      LOG.warn(
          "statusView.url is {} but no statusView.apiKey is configured: the view would refuse every query,"
              + " so command status comes from the database alone",
          config.url());
    }
  }

  public Optional<CommandStatusView> find(UUID commandId) {
    if (!config.enabled()) {
      return Optional.empty();
    }
    if (nanoClock.getAsLong() - skipUntilNanos.get() < 0) {
      skipped.increment();
      return Optional.empty();
    }
    URI uri = config.url().resolve("/internal/v1/command-status/" + commandId);
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(uri)
                  .timeout(config.timeout().toJavaDuration())
                  .header("Accept", "application/json")
                  .header("Authorization", "ApiKey " + config.apiKey())
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return switch (response.statusCode()) {
        case 200 -> parsed(commandId, response.body());
        case 404 -> {
          notHeld.increment();
          yield Optional.empty();
        }
        default ->
            failure(uri, "answered " + response.statusCode() + ": " + abbreviate(response.body()));
      };
    } catch (IOException e) {
      return failure(uri, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failure(uri, "interrupted");
    }
  }

  private Optional<CommandStatusView> parsed(UUID commandId, String body) throws IOException {
    CommandStatusView status = JSON.readValue(body, CommandStatusView.class);
    if (!STATUSES.contains(status.status()) || !commandId.toString().equals(status.commandId())) {
      return failure(
          config.url(), "answered an unexpected body for " + commandId + ": " + abbreviate(body));
    }
    answered.increment();
    return Optional.of(status);
  }

  private Optional<CommandStatusView> failure(URI uri, String what) {
    failed.increment();
    Duration cooldown = config.cooldown().toJavaDuration();
    skipUntilNanos.set(nanoClock.getAsLong() + cooldown.toNanos());
    LOG.warn(
        "status view {} {}; reading command status from the database for the next {}",
        uri,
        what,
        cooldown);
    return Optional.empty();
  }

  private static String abbreviate(String body) {
    return body.length() <= 200 ? body : body.substring(0, 200) + "…";
  }
}
