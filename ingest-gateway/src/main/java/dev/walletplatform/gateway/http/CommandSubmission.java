package dev.walletplatform.gateway.http;

import dev.walletplatform.domain.id.DeviceId;
import dev.walletplatform.domain.id.IdempotencyKey;
import dev.walletplatform.gateway.command.GatewayCommand;
import dev.walletplatform.gateway.http.model.CommandAccepted;
import dev.walletplatform.gateway.intake.CommandIntake;
import dev.walletplatform.gateway.ratelimit.RateLimiter;
import dev.walletplatform.kit.auth.Caller;
import dev.walletplatform.kit.http.Callers;
import dev.walletplatform.kit.http.WalletNotOwnedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The steps every command endpoint shares, cheapest check first: the caller (authenticated by the
 * filter), its rate, media type, declared size, Idempotency-Key, X-Device-Id (optional), bounded
 * body read, strict JSON and the endpoint's rules, ownership of the wallet, then the intake — so
 * nothing invalid or foreign is ever published.
 */
public final class CommandSubmission {
  private final BoundedBody bodies;
  private final RateLimiter rateLimiter;
  private final CommandIntake intake;

  public CommandSubmission(long maxBodyBytes, RateLimiter rateLimiter, CommandIntake intake) {
    this.bodies = new BoundedBody(maxBodyBytes);
    this.rateLimiter = rateLimiter;
    this.intake = intake;
  }

  Response accept(
      SecurityContext security,
      HttpHeaders headers,
      InputStream body,
      Function<byte[], GatewayCommand> read) {
    // only reachable without a caller if the filter were not registered: refused rather than
    // published anonymously
    Caller caller = Callers.of(security);
    // per user (the subject): an app's client id is shared by every install of it
    rateLimiter.acquire(caller.subject());
    CommandHeaders.requireJson(headers.getMediaType());
    bodies.checkDeclaredLength(headers.getLength());
    IdempotencyKey key =
        CommandHeaders.idempotencyKey(headers.getRequestHeader(IdempotencyKey.HEADER));
    Optional<DeviceId> device = CommandHeaders.device(headers.getRequestHeader(DeviceId.HEADER));
    GatewayCommand command = read.apply(bodies.read(body));
    if (!caller.owns(command.ownedWallet().value())) {
      throw new WalletNotOwnedException(command.ownedWalletField(), command.ownedWallet().value());
    }
    UUID commandId = intake.submit(caller.clientId(), device, key, command);
    return Response.accepted(CommandAccepted.of(commandId))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .build();
  }
}
