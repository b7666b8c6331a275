package dev.walletplatform.gateway.http;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;

/**
 * {@code POST /v1/giveaways/{campaign}/claims}: claim a campaign's amount into a wallet; keyed by
 * the wallet. Budget and once-per-wallet limits are the stream processors' to enforce.
 */
@Path("/v1/giveaways/{campaign}/claims")
@Produces(MediaType.APPLICATION_JSON)
public final class GiveawayClaimResource {
  private final CommandSubmission submission;
  private final CommandReader reader;

  public GiveawayClaimResource(CommandSubmission submission, CommandReader reader) {
    this.submission = submission;
    this.reader = reader;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response claim(
      @PathParam("campaign") String campaign,
      @Context SecurityContext security,
      @Context HttpHeaders headers,
      InputStream body) {
    return submission.accept(
        security, headers, body, bytes -> reader.giveawayClaim(campaign, bytes));
  }
}
