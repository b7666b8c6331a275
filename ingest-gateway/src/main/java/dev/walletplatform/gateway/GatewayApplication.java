package dev.walletplatform.gateway;

import dev.walletplatform.gateway.command.CommandValidator;
import dev.walletplatform.gateway.config.GatewayConfiguration;
import dev.walletplatform.gateway.config.LimitSettings;
import dev.walletplatform.gateway.http.CommandReader;
import dev.walletplatform.gateway.http.CommandSubmission;
import dev.walletplatform.gateway.http.GiveawayClaimResource;
import dev.walletplatform.gateway.http.InputErrorStatus;
import dev.walletplatform.gateway.http.JsonLimits;
import dev.walletplatform.gateway.http.TransferResource;
import dev.walletplatform.gateway.http.UnreadBodyFilter;
import dev.walletplatform.gateway.http.WithdrawalResource;
import dev.walletplatform.gateway.idempotency.IdempotencyCache;
import dev.walletplatform.gateway.intake.CommandIntake;
import dev.walletplatform.gateway.kafka.KafkaCommandPublisher;
import dev.walletplatform.gateway.kafka.KafkaCommandPublishers;
import dev.walletplatform.gateway.ratelimit.RateLimiter;
import dev.walletplatform.kit.ServiceApplication;
import dev.walletplatform.kit.ServiceKitBundle;
import dev.walletplatform.schemas.registry.HttpSchemaRegistryClient;
import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import java.util.Optional;

/**
 * Wires the gateway: what is its own — the Kafka publisher, the idempotency cache, rate limits and
 * the command resources. Authentication, the error shape, HSTS, probes and metrics are the service
 * kit's. {@code main} runs a process of its own; the local runtime runs it in-process (see {@link
 * ServiceApplication}).
 */
public final class GatewayApplication extends ServiceApplication<GatewayConfiguration> {
  public GatewayApplication() {
    super(
        new ServiceKitBundle<>(
            "ingest-gateway", InputErrorStatus::of, Optional.of(GatewayApplication.class)));
  }

  public static void main(String[] args) throws Exception {
    launch(new GatewayApplication(), args);
  }

  @Override
  public String getName() {
    return "ingest-gateway";
  }

  @Override
  public void run(GatewayConfiguration config, Environment environment) {
    KafkaCommandPublisher publisher =
        KafkaCommandPublishers.create(
            config.getKafka(),
            config.getCircuitBreaker(),
            config.getLimits().maxInFlightPublishes(),
            meters(),
            new HttpSchemaRegistryClient(
                config.getSchemaRegistry().url(),
                config.getSchemaRegistry().timeout().toJavaDuration()),
            kit().tracing());
    environment.lifecycle().manage(publisher);

    IdempotencyCache cache =
        new IdempotencyCache(
            config.getIdempotency().maxEntries(), config.getIdempotency().ttl().toJavaDuration());
    LimitSettings limits = config.getLimits();
    CommandSubmission submission =
        new CommandSubmission(
            limits.maxBodyBytes(),
            new RateLimiter(config.getRateLimits(), meters().registry()),
            new CommandIntake(cache, publisher, Clock.systemUTC()));
    CommandReader reader =
        new CommandReader(
            new JsonLimits(limits.maxJsonDepth(), limits.maxJsonFields(), limits.maxStringLength()),
            new CommandValidator(config.assetCatalog()));

    var jersey = environment.jersey();
    jersey.register(new UnreadBodyFilter(limits.maxBodyBytes()));
    jersey.register(new TransferResource(submission, reader));
    jersey.register(new WithdrawalResource(submission, reader));
    jersey.register(new GiveawayClaimResource(submission, reader));
  }
}
