package dev.walletplatform.processors.ledger.model;

import java.util.Objects;
import java.util.UUID;

/**
 * One command or event as the ledger sees it.
 *
 * @param id command_id or event_id: the key of processed_messages, applied at most once
 * @param request the gateway's metadata for commands, null for internal events
 */
public record LedgerMessage(
    UUID id, SourcePosition source, RequestMeta request, Instruction instruction) {
  public LedgerMessage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(instruction, "instruction");
  }

  public MessageKind kind() {
    return instruction.kind();
  }

  /**
   * The request hash of a command, null for events (an event id is never reused with another body).
   */
  public String requestHash() {
    return request == null ? null : request.requestHash();
  }

  @Override
  public String toString() {
    return kind() + "[" + id + " from " + source + "]";
  }
}
