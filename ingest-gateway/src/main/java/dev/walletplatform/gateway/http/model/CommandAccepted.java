package dev.walletplatform.gateway.http.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.UUID;

/** The 202 body: the command is durable in Kafka; its outcome is at {@code status_url}. */
public record CommandAccepted(
    @JsonProperty("command_id") String commandId,
    @JsonProperty("status") String status,
    @JsonProperty("status_url") String statusUrl) {

  public static CommandAccepted of(UUID commandId) {
    return new CommandAccepted(commandId.toString(), "accepted", "/v1/commands/" + commandId);
  }
}
