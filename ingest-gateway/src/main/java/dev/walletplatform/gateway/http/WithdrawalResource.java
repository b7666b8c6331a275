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

/** {@code POST /v1/withdrawals}: send an amount to an external destination; keyed by the wallet. */
@Path("/v1/withdrawals")
@Produces(MediaType.APPLICATION_JSON)
public final class WithdrawalResource {
  private final CommandSubmission submission;
  private final CommandReader reader;

  public WithdrawalResource(CommandSubmission submission, CommandReader reader) {
    this.submission = submission;
    this.reader = reader;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response withdraw(
      @Context SecurityContext security, @Context HttpHeaders headers, InputStream body) {
    return submission.accept(security, headers, body, reader::withdrawal);
  }
}
