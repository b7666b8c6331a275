package dev.walletplatform.walletservice.api;

import dev.walletplatform.domain.id.CommandIds;
import dev.walletplatform.walletservice.db.JdbcWalletReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/**
 * The ledger's decision on a command, from the exactly-once record the applier writes with the
 * command's effects. Until a live status view exists, "accepted but not yet applied" and "never
 * heard of" look the same here: both are 404 COMMAND_NOT_FOUND, and the message says so.
 */
@Path("/v1/commands/{command_id}")
@Produces(MediaType.APPLICATION_JSON)
public final class CommandStatusResource {
  private final JdbcWalletReader reader;

  public CommandStatusResource(JdbcWalletReader reader) {
    this.reader = reader;
  }

  @GET
  public CommandStatusResponse status(@PathParam("command_id") String commandIdText) {
    UUID commandId = CommandIds.parse(commandIdText, "command_id");
    return reader
        .command(commandId)
        .map(CommandStatusResponse::of)
        .orElseThrow(
            () ->
                new ResourceNotFoundException(
                    ServiceErrorCode.COMMAND_NOT_FOUND,
                    "command " + commandId + " is unknown, or was accepted and not yet applied;"
                        + " retry shortly if the gateway accepted it"));
  }
}
