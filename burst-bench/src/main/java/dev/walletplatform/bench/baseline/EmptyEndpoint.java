package dev.walletplatform.bench.baseline;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The same three paths as the gateway answering 202 at once: what the HTTP stack (Jetty, Jersey,
 * TLS, virtual threads) costs on its own. The body is read, as any endpoint must, and dropped.
 */
@Path("/empty/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class EmptyEndpoint {
  private static final String ACCEPTED = "{\"status\":\"accepted\"}";

  @POST
  @Path("/transfers")
  public Response transfer(String body) {
    return accepted();
  }

  @POST
  @Path("/withdrawals")
  public Response withdraw(String body) {
    return accepted();
  }

  @POST
  @Path("/giveaways/{campaign}/claims")
  public Response claim(@PathParam("campaign") String campaign, String body) {
    return accepted();
  }

  private static Response accepted() {
    return Response.accepted(ACCEPTED).build();
  }
}
