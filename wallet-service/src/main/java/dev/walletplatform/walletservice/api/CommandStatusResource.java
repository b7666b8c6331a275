package dev.walletplatform.walletservice.api;

import dev.walletplatform.domain.error.ErrorCode;
import dev.walletplatform.domain.error.InvalidInputException;
import dev.walletplatform.domain.id.CommandIds;
import dev.walletplatform.kit.auth.Caller;
import dev.walletplatform.kit.http.Callers;
import dev.walletplatform.walletservice.db.JdbcWalletReader;
import dev.walletplatform.walletservice.view.StatusViewClient;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A command's status: first from the live view of stream-processors (in Kafka: accepted, then the
 * ledger's or screening's decision — answered in milliseconds while the database absorbs a burst),
 * else from the exactly-once record the applier writes with the command's effects.
 *
 * <p>Only the owner of the command's wallet ({@link CommandVisibility}) gets an answer. For anyone
 * else the id is unknown: the same 404 COMMAND_NOT_FOUND, after the same lookups (a status the view
 * holds for another wallet still sends the question on to the database), so command ids cannot be
 * probed by answer or by timing.
 */
@Path("/v1/commands/{command_id}")
@Produces(MediaType.APPLICATION_JSON)
public final class CommandStatusResource {
  /** The canonical 8-4-4-4-12 form only: UUID.fromString also takes "1-1-1-1-1"-like shapes. */
  private static final Pattern CANONICAL_UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final StatusViewClient view;
  private final JdbcWalletReader reader;

  public CommandStatusResource(StatusViewClient view, JdbcWalletReader reader) {
    this.view = view;
    this.reader = reader;
  }

  @GET
  public CommandStatusResponse status(
      @Context SecurityContext security, @PathParam("command_id") String commandIdText) {
    Caller caller = Callers.of(security);
    UUID commandId = parse(commandIdText);
    return view.find(commandId)
        .filter(viewed -> CommandVisibility.visibleTo(caller, viewed.kind(), viewed.wallet()))
        .map(CommandStatusResponse::of)
        .or(
            () ->
                reader
                    .command(commandId)
                    .filter(row -> CommandVisibility.visibleTo(caller, row.kind(), row.walletId()))
                    .map(CommandStatusResponse::of))
        .orElseThrow(
            () ->
                new ResourceNotFoundException(
                    WalletServiceErrorCode.COMMAND_NOT_FOUND,
                    "command "
                        + commandId
                        + " is unknown (or the live view is unavailable and the ledger has"
                        + " not decided it yet); retry shortly if the gateway accepted it"));
  }

  private static UUID parse(String text) {
    if (text == null || !CANONICAL_UUID.matcher(text).matches()) {
      throw new InvalidInputException(
          ErrorCode.INVALID_COMMAND_ID, "command_id", "command_id must be a UUID");
    }
    return CommandIds.parse(text, "command_id");
  }
}
