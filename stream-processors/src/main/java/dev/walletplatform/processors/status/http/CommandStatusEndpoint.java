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
import java.util.Map;
import java.util.UUID;

/**
 * {@code GET /internal/v1/command-status/{command_id}} on the internal port (never exposed publicly,
 * no authentication: the NetworkPolicy lets only the wallet service and the other instances in).
 * 200 with {@link CommandStatusView}; 404 {@code NOT_IN_VIEW}; 503 {@code VIEW_UNAVAILABLE} with the
 * reason; 400 {@code INVALID_COMMAND_ID}. A 404 or 503 means "ask the database".
 */
@Path(CommandStatusPaths.ROOT + "/{command_id}")
@Produces(MediaType.APPLICATION_JSON)
public final class CommandStatusEndpoint {
  private final CommandStatusQuery query;

  public CommandStatusEndpoint(CommandStatusQuery query) {
    this.query = query;
  }

  @GET
  public Response status(@PathParam("command_id") String commandId,
      @QueryParam(CommandStatusPaths.ROUTED) boolean routed) {
    if (!isUuid(commandId)) {
      return error(400, "INVALID_COMMAND_ID", "command_id must be a UUID");
    }
    String id = UUID.fromString(commandId).toString(); // the store's form: lower case
    return switch (query.find(id, routed)) {
      case StatusLookup.Found found -> Response.ok(CommandStatusView.of(found.status(), found.servedBy()))
          .type(MediaType.APPLICATION_JSON_TYPE).build();
      case StatusLookup.NotHeld notHeld -> error(404, "NOT_IN_VIEW", "the view holds no command " + id);
      case StatusLookup.Unavailable unavailable -> error(503, "VIEW_UNAVAILABLE", unavailable.reason());
    };
  }

  private static boolean isUuid(String text) {
    if (text == null || text.length() != 36) {
      return false;
    }
    try {
      UUID.fromString(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Response error(int status, String code, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("code", code, "message", message, "details", Map.of())).header("Cache-Control", "no-store")
        .build();
  }
}
