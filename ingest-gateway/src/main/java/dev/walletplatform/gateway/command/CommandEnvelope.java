package dev.walletplatform.gateway.command;

import dev.walletplatform.domain.id.DeviceId;
import dev.walletplatform.domain.id.IdempotencyKey;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A validated command with the identity the gateway gave it: the derived command id, the
 * authenticated client, the device it named (if any), its key, the request hash and when it was
 * accepted.
 */
public record CommandEnvelope(
    UUID commandId,
    String clientId,
    Optional<DeviceId> device,
    IdempotencyKey idempotencyKey,
    String requestHash,
    Instant acceptedAt,
    GatewayCommand command) {

  public CommandEnvelope {
    Objects.requireNonNull(commandId, "commandId");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(requestHash, "requestHash");
    Objects.requireNonNull(acceptedAt, "acceptedAt");
    Objects.requireNonNull(command, "command");
  }
}
