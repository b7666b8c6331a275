package dev.walletplatform.gateway.http;

import dev.walletplatform.domain.money.AssetCatalog;
import dev.walletplatform.gateway.RecordingPublisher;
import dev.walletplatform.gateway.auth.BearerTokenFilter;
import dev.walletplatform.gateway.auth.StaticTokenAuthenticator;
import dev.walletplatform.gateway.command.CommandValidator;
import dev.walletplatform.gateway.config.ClientCredential;
import dev.walletplatform.gateway.idempotency.IdempotencyCache;
import dev.walletplatform.gateway.intake.CommandIntake;
import io.dropwizard.testing.junit5.ResourceExtension;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** The gateway's Jersey resources in Jersey's in-memory container, over a recording publisher. */
final class GatewayResources {
  static final String CLIENT_ID = "test-client";
  static final String TOKEN = "test-token-0123456789";
  static final long MAX_BODY_BYTES = 16 * 1024;

  private GatewayResources() {}

  static ResourceExtension with(RecordingPublisher publisher) {
    CommandIntake intake =
        new CommandIntake(new IdempotencyCache(1_000, Duration.ofMinutes(5)), publisher, Clock.systemUTC());
    CommandSubmission submission = new CommandSubmission(MAX_BODY_BYTES, intake);
    CommandValidator validator = new CommandValidator(AssetCatalog.defaults());
    StaticTokenAuthenticator authenticator =
        new StaticTokenAuthenticator(
            List.of(new ClientCredential(CLIENT_ID, StaticTokenAuthenticator.hashOf(TOKEN))));
    return ResourceExtension.builder()
        .setRegisterDefaultExceptionMappers(false)
        .bootstrapLogging(false)
        .addProvider(new BearerTokenFilter(authenticator, Set.of(OpenApiEndpoint.PATH)))
        .addProvider(new ErrorResponseMapper())
        .addResource(new TransferEndpoint(submission, validator))
        .addResource(new WithdrawalEndpoint(submission, validator))
        .addResource(new GiveawayClaimEndpoint(submission, validator))
        .addResource(new OpenApiEndpoint())
        .build();
  }
}
