package dev.walletplatform.gateway.kafka;

import dev.walletplatform.gateway.command.CommandEnvelope;
import dev.walletplatform.gateway.error.UnavailableException;

/** Makes a command durable: returns only once the log acknowledged it (acks=all). */
public interface CommandPublisher {
  /**
   * Blocks until the broker acknowledged the command.
   *
   * @throws UnavailableException when it could not be acknowledged in time, the circuit is open, or
   *     too many publishes are in flight; the command may still be written later, which is safe
   *     because a retry carries the same command id
   */
  void publish(CommandEnvelope envelope);
}
