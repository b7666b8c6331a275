package dev.walletplatform.walletservice.api;

import dev.walletplatform.domain.id.CommandIds;
import dev.walletplatform.walletservice.db.JdbcWalletReader;
import dev.walletplatform.walletservice.view.StatusViewClient;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/**
 * A command's status: first from the live view of stream-processors (in Kafka: accepted, then the
 * ledger's or screening's decision — answered in milliseconds while the database absorbs a burst),
 * else from the exactly-once record the applier writes with the command's effects. Only when neither
 * knows the id is it 404 COMMAND_NOT_FOUND.
 */
@Path("/v1/commands/{command_id}")
@Produces(MediaType.APPLICATION_JSON)
public final class CommandStatusResource {
  private final StatusViewClient view;
  private final JdbcWalletReader reader;

  public CommandStatusResource(StatusViewClient view, JdbcWalletReader reader) {
    this.view = view;
    this.reader = reader;
  }

  @GET
  public CommandStatusResponse status(@PathParam("command_id") String commandIdText) {
    UUID commandId = CommandIds.parse(commandIdText, "command_id");
    return view.find(commandId).map(CommandStatusResponse::of).or(() -> reader
        .command(commandId)
        .map(CommandStatusResponse::of))
        .orElseThrow(
            () ->
                new ResourceNotFoundException(
                    ServiceErrorCode.COMMAND_NOT_FOUND,
                    "command " + commandId + " is unknown (or the live view is unavailable and the ledger has"
                        + " not decided it yet); retry shortly if the gateway accepted it"));
  }
}
