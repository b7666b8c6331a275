package dev.walletplatform.gateway.http;

import dev.walletplatform.domain.money.AssetCatalog;
import dev.walletplatform.fixtures.tokens.LocalTokenIssuer;
import dev.walletplatform.gateway.GatewayApplication;
import dev.walletplatform.gateway.RecordingPublisher;
import dev.walletplatform.gateway.command.CommandValidator;
import dev.walletplatform.gateway.config.RateLimitSettings;
import dev.walletplatform.gateway.idempotency.IdempotencyCache;
import dev.walletplatform.gateway.intake.CommandIntake;
import dev.walletplatform.gateway.ratelimit.RateLimiter;
import dev.walletplatform.kit.auth.jwt.JwtSettings;
import dev.walletplatform.kit.auth.jwt.JwtVerifier;
import dev.walletplatform.kit.http.BearerTokenFilter;
import dev.walletplatform.kit.http.ErrorResponseMapper;
import dev.walletplatform.kit.http.NoStoreFilter;
import dev.walletplatform.kit.http.OpenApiResource;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The gateway's Jersey resources in Jersey's in-memory container, over a recording publisher, with
 * tokens of a {@link LocalTokenIssuer} (JWKS in a temporary file) verified by the real verifier.
 */
final class GatewayResources {
  static final String CLIENT_ID = "test-client";
  static final long MAX_BODY_BYTES = 16 * 1024;
  static final JsonLimits JSON_LIMITS = new JsonLimits(4, 16, 256);
  static final LocalTokenIssuer TOKENS =
      LocalTokenIssuer.create("https://auth.test.local", "wallet-api", jwksFile());

  /**
   * The test client's token: it owns alice-1 (the wallet the requests debit or claim into) and
   * carol-3.
   */
  static final String TOKEN =
      TOKENS.issue("test-user", CLIENT_ID, List.of("alice-1", "carol-3"), Duration.ofHours(1));

  private GatewayResources() {}

  static ResourceExtension with(RecordingPublisher publisher) {
    return with(
        publisher,
        RateLimitSettings.fromYaml(
            new RateLimitSettings.Bucket(10_000, 10_000),
            new RateLimitSettings.Bucket(10_000, 10_000),
            null));
  }

  static ResourceExtension with(RecordingPublisher publisher, RateLimitSettings rateLimits) {
    CommandIntake intake =
        new CommandIntake(
            new IdempotencyCache(1_000, Duration.ofMinutes(5)), publisher, Clock.systemUTC());
    SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    CommandSubmission submission =
        new CommandSubmission(MAX_BODY_BYTES, new RateLimiter(rateLimits, metrics), intake);
    CommandReader reader =
        new CommandReader(JSON_LIMITS, new CommandValidator(AssetCatalog.defaults()));
    JwtVerifier verifier =
        new JwtVerifier(
            JwtSettings.of(TOKENS.issuer(), TOKENS.audience(), TOKENS.jwksUri()),
            Clock.systemUTC());
    return ResourceExtension.builder()
        .setRegisterDefaultExceptionMappers(false)
        .bootstrapLogging(false)
        .addProvider(
            new BearerTokenFilter(
                verifier, Set.of(OpenApiResource.PATH), "ingest-gateway", metrics))
        .addProvider(new ErrorResponseMapper(InputErrorStatus::of))
        .addProvider(new NoStoreFilter())
        .addResource(new TransferResource(submission, reader))
        .addResource(new WithdrawalResource(submission, reader))
        .addResource(new GiveawayClaimResource(submission, reader))
        .addResource(new OpenApiResource(GatewayApplication.class))
        .build();
  }

  private static Path jwksFile() {
    try {
      Path dir = Files.createTempDirectory("gateway-test-jwks");
      dir.toFile().deleteOnExit();
      Path file = dir.resolve("jwks.json");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
