package dev.walletplatform.processors.status.http;

import dev.walletplatform.processors.status.CommandStatusPaths;
import dev.walletplatform.processors.status.CommandStatusQuery;
import dev.walletplatform.processors.status.CommandStatusView;
import dev.walletplatform.processors.status.StatusLookup;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code GET /internal/v1/command-status/{command_id}} on the internal port (never exposed publicly;
 * callers pass {@link StatusAccessFilter} first). 200 with {@link CommandStatusView}; 404
 * {@code NOT_IN_VIEW}; 503 {@code VIEW_UNAVAILABLE} with the reason; 400 {@code INVALID_COMMAND_ID}
 * unless the id is a UUID in its 36-character hex-and-dashes form (either case). A 404 or 503 means
 * "ask the database".
 */
@Path(CommandStatusPaths.ROOT + "/{command_id}")
@Produces(MediaType.APPLICATION_JSON)
public final class CommandStatusEndpoint {
  /**
   * Stricter than {@code UUID.fromString}, which also takes shortened groups and signs ("+1-2-3-4-5"):
   * exactly the form the gateway writes, so an id is looked up only under its one spelling.
   */
  private static final Pattern UUID_FORM =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final CommandStatusQuery query;

  public CommandStatusEndpoint(CommandStatusQuery query) {
    this.query = query;
  }

  @GET
  public Response status(@PathParam("command_id") String commandId,
      @QueryParam(CommandStatusPaths.ROUTED) boolean routed) {
    if (commandId == null || !UUID_FORM.matcher(commandId).matches()) {
      return error(400, "INVALID_COMMAND_ID", "command_id must be a UUID (8-4-4-4-12 hex digits)");
    }
    String id = commandId.toLowerCase(Locale.ROOT); // the store's form
    return switch (query.find(id, routed)) {
      case StatusLookup.Found found -> Response.ok(CommandStatusView.of(found.status(), found.servedBy()))
          .type(MediaType.APPLICATION_JSON_TYPE).build();
      case StatusLookup.NotHeld notHeld -> error(404, "NOT_IN_VIEW", "the view holds no command " + id);
      case StatusLookup.Unavailable unavailable -> error(503, "VIEW_UNAVAILABLE", unavailable.reason());
    };
  }

  private static Response error(int status, String code, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("code", code, "message", message, "details", Map.of())).header("Cache-Control", "no-store")
        .build();
  }
}
