package dev.walletplatform.processors.status.http;

import dev.walletplatform.domain.error.ErrorCode;
import dev.walletplatform.domain.error.InvalidInputException;
import dev.walletplatform.kit.http.ApiException;
import dev.walletplatform.kit.status.CommandStatusView;
import dev.walletplatform.processors.status.CommandStatusPaths;
import dev.walletplatform.processors.status.CommandStatusQuery;
import dev.walletplatform.processors.status.StatusLookup;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code GET /internal/v1/command-status/{command_id}} on the internal port (never exposed
 * publicly; callers pass the service kit's API-key filter first, scope {@code status:read}). 200
 * with {@link CommandStatusView}; 404 {@code NOT_IN_VIEW}; 503 {@code VIEW_UNAVAILABLE} with the
 * reason; 400 {@code INVALID_COMMAND_ID} unless the id is a UUID in its 36-character hex-and-dashes
 * form (either case). A 404 or 503 means "ask the database".
 */
@Path(CommandStatusPaths.ROOT + "/{command_id}")
@Produces(MediaType.APPLICATION_JSON)
public final class CommandStatusResource {
  /**
   * Stricter than {@code UUID.fromString}, which also takes shortened groups and signs
   * ("+1-2-3-4-5"): exactly the form the gateway writes, so an id is looked up only under its one
   * spelling.
   */
  private static final Pattern UUID_FORM =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final CommandStatusQuery query;

  public CommandStatusResource(CommandStatusQuery query) {
    this.query = query;
  }

  @GET
  public Response status(
      @PathParam("command_id") String commandId,
      @QueryParam(CommandStatusPaths.ROUTED) boolean routed) {
    if (commandId == null || !UUID_FORM.matcher(commandId).matches()) {
      throw new InvalidInputException(
          ErrorCode.INVALID_COMMAND_ID,
          "command_id",
          "command_id must be a UUID (8-4-4-4-12 hex digits)");
    }
    String id = commandId.toLowerCase(Locale.ROOT); // the store's form
    return switch (query.find(id, routed)) {
      case StatusLookup.Found found ->
          Response.ok(found.status().toView(found.servedBy()))
              .type(MediaType.APPLICATION_JSON_TYPE)
              .build();
      case StatusLookup.NotHeld notHeld ->
          throw new ApiException(
              StatusViewErrorCode.NOT_IN_VIEW, "the view holds no command " + id);
      case StatusLookup.Unavailable unavailable ->
          throw new ApiException(StatusViewErrorCode.VIEW_UNAVAILABLE, unavailable.reason());
    };
  }
}
