package dev.walletplatform.gateway.http;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;

/** {@code POST /v1/transfers}: move an amount between two wallets; keyed by the source wallet. */
@Path("/v1/transfers")
@Produces(MediaType.APPLICATION_JSON)
public final class TransferResource {
  private final CommandSubmission submission;
  private final CommandReader reader;

  public TransferResource(CommandSubmission submission, CommandReader reader) {
    this.submission = submission;
    this.reader = reader;
  }

  /** The body is taken as a raw stream: {@link CommandReader} parses it, bounded. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response transfer(
      @Context SecurityContext security, @Context HttpHeaders headers, InputStream body) {
    return submission.accept(security, headers, body, reader::transfer);
  }
}
