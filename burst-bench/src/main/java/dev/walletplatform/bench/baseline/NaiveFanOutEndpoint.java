package dev.walletplatform.bench.baseline;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.walletplatform.domain.id.CommandIds;
import dev.walletplatform.domain.id.IdempotencyKey;
import dev.walletplatform.domain.money.AmountParser;
import dev.walletplatform.domain.money.AssetCatalog;
import dev.walletplatform.processors.ledger.model.Instruction;
import dev.walletplatform.processors.ledger.model.Outcome;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The old system, one request at a time: parse, then open a database connection and apply the
 * command before answering — 200 with the ledger's decision, or 503 when the database refused the
 * connection or kept failing. Nothing bounds how many run at once, exactly as with the Lambda
 * fan-out: every concurrent request is one more PostgreSQL connection.
 */
@Path("/naive/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class NaiveFanOutEndpoint {
  static final String CLIENT_ID = "naive-bench";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AssetCatalog ASSETS = AssetCatalog.defaults();

  private final NaiveLedger ledger;

  NaiveFanOutEndpoint(NaiveLedger ledger) {
    this.ledger = ledger;
  }

  @POST
  @Path("/transfers")
  public Response transfer(@HeaderParam(IdempotencyKey.HEADER) String key, String body) {
    return handle(
        key,
        body,
        f ->
            new Instruction.Transfer(
                f.get("from_wallet"),
                f.get("to_wallet"),
                f.get("asset"),
                minor(f.get("amount"), f.get("asset"))));
  }

  @POST
  @Path("/withdrawals")
  public Response withdraw(@HeaderParam(IdempotencyKey.HEADER) String key, String body) {
    return handle(
        key,
        body,
        f ->
            new Instruction.Withdraw(
                f.get("wallet"),
                f.get("asset"),
                minor(f.get("amount"), f.get("asset")),
                f.get("destination")));
  }

  @POST
  @Path("/giveaways/{campaign}/claims")
  public Response claim(
      @HeaderParam(IdempotencyKey.HEADER) String key,
      @PathParam("campaign") String campaign,
      String body) {
    return handle(key, body, f -> new Instruction.ClaimGiveaway(campaign, f.get("wallet")));
  }

  private Response handle(
      String key, String body, Function<Map<String, String>, Instruction> instruction) {
    IdempotencyKey idempotencyKey;
    Instruction parsed;
    try {
      idempotencyKey = IdempotencyKey.parse(key);
      parsed = instruction.apply(JSON.readValue(body, new TypeReference<Map<String, String>>() {}));
    } catch (IOException | RuntimeException e) {
      return error(422, "INVALID_REQUEST", e.getMessage());
    }
    UUID commandId = CommandIds.derive(CLIENT_ID, idempotencyKey);
    Outcome outcome;
    try {
      outcome =
          ledger.apply(
              commandId,
              NaiveLedger.request(CLIENT_ID, idempotencyKey.value(), sha256(body)),
              parsed);
    } catch (RuntimeException e) {
      return error(503, "DATABASE_UNAVAILABLE", e.getMessage());
    }
    return Response.ok(
            "{\"command_id\":\""
                + commandId
                + "\",\"status\":\""
                + outcome.status().name().toLowerCase(java.util.Locale.ROOT)
                + "\"}")
        .build();
  }

  private static BigInteger minor(String amount, String asset) {
    return AmountParser.parse(amount, ASSETS.require(asset, "asset"), "amount").minorUnits();
  }

  private static Response error(int status, String code, String message) {
    String safe = String.valueOf(message).replace('"', '\'').replace('\\', '/').replace('\n', ' ');
    return Response.status(status)
        .entity("{\"code\":\"" + code + "\",\"message\":\"" + safe + "\"}")
        .build();
  }

  private static String sha256(String body) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK ships SHA-256", e);
    }
  }
}
