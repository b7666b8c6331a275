package dev.walletplatform.gateway.intake;

import dev.walletplatform.domain.error.ErrorCode;
import dev.walletplatform.domain.error.InvalidInputException;
import dev.walletplatform.domain.id.CommandIds;
import dev.walletplatform.domain.id.DeviceId;
import dev.walletplatform.domain.id.IdempotencyKey;
import dev.walletplatform.gateway.command.CommandEnvelope;
import dev.walletplatform.gateway.command.GatewayCommand;
import dev.walletplatform.gateway.idempotency.AcceptedRequest;
import dev.walletplatform.gateway.idempotency.IdempotencyCache;
import dev.walletplatform.gateway.idempotency.RequestHash;
import dev.walletplatform.gateway.kafka.CommandPublisher;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Accepts a validated command for a client: answers a retry from the cache, refuses a reused key,
 * otherwise publishes and remembers — in that order, so the cache only ever holds durable commands.
 *
 * <p>Two concurrent requests with the same key may both publish; they carry the same derived
 * command id and the ledger applies it once. Conflicts this pod cannot see (another pod, after a
 * restart, after eviction) are caught the same way: the ledger rejects a second use of a command id
 * with a different request hash as IDEMPOTENCY_KEY_REUSED.
 */
public final class CommandIntake {
  private final IdempotencyCache cache;
  private final CommandPublisher publisher;
  private final Clock clock;

  public CommandIntake(IdempotencyCache cache, CommandPublisher publisher, Clock clock) {
    this.cache = cache;
    this.publisher = publisher;
    this.clock = clock;
  }

  /** The command id of the accepted (or earlier accepted) command. */
  public UUID submit(String clientId, IdempotencyKey key, GatewayCommand command) {
    return submit(clientId, Optional.empty(), key, command);
  }

  /**
   * As {@link #submit(String, IdempotencyKey, GatewayCommand)}, recording the device the client
   * named. The device is metadata for abuse screening, not part of the request: a retry of the same
   * body from another device is the same command (same hash, same answer).
   */
  public UUID submit(
      String clientId, Optional<DeviceId> device, IdempotencyKey key, GatewayCommand command) {
    String requestHash = RequestHash.of(command);
    Optional<AcceptedRequest> earlier = cache.find(clientId, key);
    if (earlier.isPresent()) {
      return sameRequestOrConflict(earlier.get(), requestHash, key);
    }
    UUID commandId = CommandIds.derive(clientId, key);
    publisher.publish(
        new CommandEnvelope(
            commandId, clientId, device, key, requestHash, clock.instant(), command));
    cache.remember(clientId, key, new AcceptedRequest(requestHash, commandId));
    return commandId;
  }

  private static UUID sameRequestOrConflict(
      AcceptedRequest earlier, String requestHash, IdempotencyKey key) {
    if (earlier.requestHash().equals(requestHash)) {
      return earlier.commandId();
    }
    throw new InvalidInputException(
        ErrorCode.IDEMPOTENCY_KEY_REUSED,
        IdempotencyKey.HEADER,
        IdempotencyKey.HEADER
            + " '"
            + key.value()
            + "' was already used for command "
            + earlier.commandId()
            + " with a different request");
  }
}
