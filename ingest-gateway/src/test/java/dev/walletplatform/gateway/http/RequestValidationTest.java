package dev.walletplatform.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.walletplatform.gateway.RecordingPublisher;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.Response;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way a request can be wrong, one row each: the documented status and code, and nothing
 * published. Runs the real filter, endpoints and error mapper in Jersey's in-memory container.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class RequestValidationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TRANSFERS = "/v1/transfers";
  private static final String WITHDRAWALS = "/v1/withdrawals";
  private static final String CLAIMS = "/v1/giveaways/spring-drop/claims";

  // one in-memory container for the whole table: no row publishes, and each has its own key
  private static final RecordingPublisher publisher = new RecordingPublisher();
  private static final ResourceExtension resources = GatewayResources.with(publisher);

  @AfterEach
  void nothingInvalidIsPublished() {
    assertThat(publisher.published()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void answersTheDocumentedError(String behaviour, TestRequest request, int status, String code)
      throws Exception {
    try (Response response = request.send(resources)) {
      String body = response.readEntity(String.class);
      assertThat(response.getStatus()).as(body).isEqualTo(status);
      assertThat(response.getMediaType().toString()).startsWith("application/json");
      JsonNode error = JSON.readTree(body);
      assertThat(error.path("code").asText()).as(body).isEqualTo(code);
      assertThat(error.path("message").asText()).isNotBlank();
      assertThat(error.path("details").isObject()).as(body).isTrue();
    }
  }

  static Stream<Arguments> badRequests() {
    return Stream.of(
        // --- transfers: shape (400) ---
        row("rejectsBodyThatIsNotJson", transfer("{\"from_wallet\": "), 400, "MALFORMED_JSON"),
        row("rejectsEmptyBody", transfer(""), 400, "MALFORMED_JSON"),
        row("rejectsJsonArray", transfer("[]"), 400, "MALFORMED_JSON"),
        row("rejectsJsonString", transfer("\"hello\""), 400, "MALFORMED_JSON"),
        row("rejectsJsonNull", transfer("null"), 400, "MALFORMED_JSON"),
        row(
            "rejectsTrailingContentAfterTheObject",
            transfer(validTransfer() + " {}"),
            400,
            "MALFORMED_JSON"),
        row(
            "rejectsJsonWithComments",
            transfer("{/* hi */ \"asset\": \"BTC\"}"),
            400,
            "MALFORMED_JSON"),
        row("rejectsSingleQuotedJson", transfer("{'asset': 'BTC'}"), 400, "MALFORMED_JSON"),
        row(
            "rejectsInvalidUtf8",
            transfer("").rawBody(new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'}),
            400,
            "MALFORMED_JSON"),
        row(
            "rejectsDuplicateAmount",
            transfer(
                "{\"from_wallet\":\"alice-1\",\"to_wallet\":\"bob-22\",\"asset\":\"BTC\",\"amount\":\"1\",\"amount\":\"9\"}"),
            400,
            "DUPLICATE_FIELD"),
        row(
            "rejectsUnknownField",
            transfer(validTransfer().replace("}", ",\"memo\":\"hi\"}")),
            400,
            "UNKNOWN_FIELD"),
        row(
            "rejectsAmountAsJsonNumber",
            transfer(transferWith("\"0.015\"", "0.015")),
            400,
            "WRONG_TYPE"),
        row(
            "rejectsAmountAsJsonInteger",
            transfer(transferWith("\"0.015\"", "15")),
            400,
            "WRONG_TYPE"),
        row(
            "rejectsAmountAsArray",
            transfer(transferWith("\"0.015\"", "[\"0.015\"]")),
            400,
            "WRONG_TYPE"),
        row(
            "rejectsWalletAsObject",
            transfer(transferWith("\"alice-1\"", "{\"id\":\"alice-1\"}")),
            400,
            "WRONG_TYPE"),
        row("rejectsAssetAsBoolean", transfer(transferWith("\"BTC\"", "true")), 400, "WRONG_TYPE"),
        row(
            "rejectsMissingAmount",
            transfer("{\"from_wallet\":\"alice-1\",\"to_wallet\":\"bob-22\",\"asset\":\"BTC\"}"),
            400,
            "MISSING_FIELD"),
        row(
            "rejectsNullToWallet",
            transfer(transferWith("\"bob-22\"", "null")),
            400,
            "MISSING_FIELD"),
        row("rejectsEmptyObject", transfer("{}"), 400, "MISSING_FIELD"),
        row(
            "rejectsEmptyAmount",
            transfer(transferWith("\"0.015\"", "\"\"")),
            400,
            "MISSING_FIELD"),
        // --- transfers: values (422) ---
        row(
            "rejectsAmountWithMoreDecimalsThanTheAsset",
            transfer(amount("BTC", "0.000000001")),
            422,
            "AMOUNT_TOO_PRECISE"),
        row(
            "rejectsUsdcAmountWithSevenDecimals",
            transfer(amount("USDC", "1.0000001")),
            422,
            "AMOUNT_TOO_PRECISE"),
        row("rejectsNegativeAmount", transfer(amount("BTC", "-1")), 422, "INVALID_AMOUNT"),
        row("rejectsAmountWithPlusSign", transfer(amount("BTC", "+1")), 422, "INVALID_AMOUNT"),
        row("rejectsZeroAmount", transfer(amount("BTC", "0.00")), 422, "INVALID_AMOUNT"),
        row(
            "rejectsAmountInExponentNotation",
            transfer(amount("BTC", "1e3")),
            422,
            "INVALID_AMOUNT"),
        row("rejectsAmountWithLeadingZero", transfer(amount("BTC", "01.5")), 422, "INVALID_AMOUNT"),
        row(
            "rejectsAmountWithSurroundingSpace",
            transfer(amount("BTC", " 1")),
            422,
            "INVALID_AMOUNT"),
        row("rejectsAmountEndingInPoint", transfer(amount("BTC", "1.")), 422, "INVALID_AMOUNT"),
        row("rejectsAmountStartingWithPoint", transfer(amount("BTC", ".5")), 422, "INVALID_AMOUNT"),
        row(
            "rejectsAmountWithThousandsSeparator",
            transfer(amount("BTC", "1,000")),
            422,
            "INVALID_AMOUNT"),
        row("rejectsNaNAmount", transfer(amount("BTC", "NaN")), 422, "INVALID_AMOUNT"),
        row(
            "rejectsAmountOverThirtyEightDigitsInMinorUnits",
            transfer(amount("ETH", "100000000000000000000000")),
            422,
            "AMOUNT_TOO_LARGE"),
        row("rejectsUnknownAsset", transfer(amount("DOGE", "1")), 422, "UNKNOWN_ASSET"),
        row("rejectsLowercaseAssetCode", transfer(amount("btc", "1")), 422, "UNKNOWN_ASSET"),
        row(
            "rejectsTooShortWalletId",
            transfer(transferWith("\"alice-1\"", "\"al\"")),
            422,
            "INVALID_WALLET_ID"),
        row(
            "rejectsWalletIdWithSpace",
            transfer(transferWith("\"bob-22\"", "\"bob 22\"")),
            422,
            "INVALID_WALLET_ID"),
        row(
            "rejectsEmptyWalletId",
            transfer(transferWith("\"bob-22\"", "\"\"")),
            422,
            "INVALID_WALLET_ID"),
        row(
            "rejectsTransferToTheSameWallet",
            transfer(transferWith("\"bob-22\"", "\"alice-1\"")),
            422,
            "SAME_WALLET"),
        // --- headers and transport ---
        row(
            "rejectsMissingIdempotencyKey",
            transfer(validTransfer()).without("Idempotency-Key"),
            400,
            "MISSING_IDEMPOTENCY_KEY"),
        row(
            "rejectsTooShortIdempotencyKey",
            transfer(validTransfer()).header("Idempotency-Key", "abc"),
            400,
            "INVALID_IDEMPOTENCY_KEY"),
        row(
            "rejectsIdempotencyKeyWithSpace",
            transfer(validTransfer()).header("Idempotency-Key", "key with space"),
            400,
            "INVALID_IDEMPOTENCY_KEY"),
        row(
            "rejectsTextPlainBody",
            transfer(validTransfer()).header("Content-Type", "text/plain"),
            415,
            "UNSUPPORTED_MEDIA_TYPE"),
        row(
            "rejectsJsonInLatin1",
            transfer(validTransfer())
                .header("Content-Type", "application/json; charset=ISO-8859-1"),
            415,
            "UNSUPPORTED_MEDIA_TYPE"),
        row(
            "rejectsFormEncodedBody",
            transfer(validTransfer()).header("Content-Type", "application/x-www-form-urlencoded"),
            415,
            "UNSUPPORTED_MEDIA_TYPE"),
        row(
            "rejectsMissingAuthorization",
            transfer(validTransfer()).without("Authorization"),
            401,
            "UNAUTHENTICATED"),
        row(
            "rejectsUnknownToken",
            transfer(validTransfer()).header("Authorization", "Bearer not-a-known-token"),
            401,
            "UNAUTHENTICATED"),
        row(
            "rejectsBasicAuthentication",
            transfer(validTransfer()).header("Authorization", "Basic dXNlcjpwYXNz"),
            401,
            "UNAUTHENTICATED"),
        row(
            "rejectsBearerWithoutToken",
            transfer(validTransfer()).header("Authorization", "Bearer "),
            401,
            "UNAUTHENTICATED"),
        row(
            "rejectsBodyOverTheLimit",
            transfer(validTransfer().replace("}", ",\"pad\":\"" + "x".repeat(17_000) + "\"}")),
            413,
            "PAYLOAD_TOO_LARGE"),
        row(
            "rejectsGetOnACommandEndpoint",
            transfer(validTransfer()).method("GET"),
            405,
            "METHOD_NOT_ALLOWED"),
        row(
            "rejectsUnknownPath",
            TestRequest.post("/v1/transferz", validTransfer()),
            404,
            "NOT_FOUND"),
        row(
            "rejectsClientThatDoesNotAcceptJson",
            transfer(validTransfer()).header("Accept", "text/html"),
            406,
            "NOT_ACCEPTABLE"),
        // --- withdrawals ---
        row(
            "rejectsTooShortDestination",
            withdrawal(destination("abc")),
            422,
            "INVALID_DESTINATION"),
        row(
            "rejectsDestinationWithSpace",
            withdrawal(destination("bc1q abcdefghijkl")),
            422,
            "INVALID_DESTINATION"),
        row(
            "rejectsDestinationOverLimit",
            withdrawal(destination("a".repeat(129))),
            422,
            "INVALID_DESTINATION"),
        row(
            "rejectsWithdrawalWithoutDestination",
            withdrawal("{\"wallet\":\"alice-1\",\"asset\":\"ETH\",\"amount\":\"1.5\"}"),
            400,
            "MISSING_FIELD"),
        row(
            "rejectsTransferFieldsOnWithdrawal",
            withdrawal(
                "{\"from_wallet\":\"alice-1\",\"asset\":\"ETH\",\"amount\":\"1.5\",\"destination\":\"0x52908400098527886E\"}"),
            400,
            "UNKNOWN_FIELD"),
        row(
            "rejectsWithdrawalAmountAsNumber",
            withdrawal(
                "{\"wallet\":\"alice-1\",\"asset\":\"ETH\",\"amount\":1.5,\"destination\":\"0x52908400098527886E\"}"),
            400,
            "WRONG_TYPE"),
        row(
            "rejectsEthAmountWithNineteenDecimals",
            withdrawal(
                "{\"wallet\":\"alice-1\",\"asset\":\"ETH\",\"amount\":\"0.0000000000000000001\","
                    + "\"destination\":\"0x52908400098527886E\"}"),
            422,
            "AMOUNT_TOO_PRECISE"),
        row(
            "rejectsWithdrawalFromInvalidWallet",
            withdrawal(
                "{\"wallet\":\"-alice\",\"asset\":\"ETH\",\"amount\":\"1\",\"destination\":\"0x52908400098527886E\"}"),
            422,
            "INVALID_WALLET_ID"),
        // --- giveaway claims ---
        row(
            "rejectsTooShortCampaignId",
            TestRequest.post("/v1/giveaways/x/claims", "{\"wallet\":\"alice-1\"}"),
            422,
            "INVALID_CAMPAIGN_ID"),
        row(
            "rejectsCampaignIdWithDot",
            TestRequest.post("/v1/giveaways/spring.drop/claims", "{\"wallet\":\"alice-1\"}"),
            422,
            "INVALID_CAMPAIGN_ID"),
        row(
            "rejectsAmountOnClaim",
            claim("{\"wallet\":\"alice-1\",\"amount\":\"10\"}"),
            400,
            "UNKNOWN_FIELD"),
        row("rejectsClaimWalletAsNumber", claim("{\"wallet\":12345}"), 400, "WRONG_TYPE"),
        row("rejectsClaimWithoutWallet", claim("{}"), 400, "MISSING_FIELD"),
        row(
            "rejectsClaimIntoInvalidWallet",
            claim("{\"wallet\":\"alice/1\"}"),
            422,
            "INVALID_WALLET_ID"),
        row(
            "rejectsDuplicateClaimWallet",
            claim("{\"wallet\":\"alice-1\",\"wallet\":\"bob-22\"}"),
            400,
            "DUPLICATE_FIELD"),
        row(
            "rejectsClaimWithoutIdempotencyKey",
            claim("{\"wallet\":\"alice-1\"}").without("Idempotency-Key"),
            400,
            "MISSING_IDEMPOTENCY_KEY"),
        row(
            "rejectsDeviceIdWithSpace",
            claim("{\"wallet\":\"alice-1\"}").header("X-Device-Id", "my phone"),
            400,
            "INVALID_DEVICE_ID"),
        row(
            "rejectsDeviceIdLongerThan64",
            claim("{\"wallet\":\"alice-1\"}").header("X-Device-Id", "d".repeat(65)),
            400,
            "INVALID_DEVICE_ID"),
        row(
            "rejectsClaimWithoutToken",
            claim("{\"wallet\":\"alice-1\"}").without("Authorization"),
            401,
            "UNAUTHENTICATED"),
        // --- ownership (403): money moves only out of, and claims only into, the token's wallets
        // ---
        row(
            "rejectsTransferOutOfAWalletTheTokenDoesNotOwn",
            transfer(transferWith("\"alice-1\"", "\"dave-44\"")),
            403,
            "WALLET_NOT_OWNED"),
        row(
            "rejectsWithdrawalFromAWalletTheTokenDoesNotOwn",
            withdrawal(destination("0x52908400098527886E").replace("alice-1", "dave-44")),
            403,
            "WALLET_NOT_OWNED"),
        row(
            "rejectsClaimIntoAWalletTheTokenDoesNotOwn",
            claim("{\"wallet\":\"dave-44\"}"),
            403,
            "WALLET_NOT_OWNED"),
        // --- body limits ---
        row(
            "rejectsBodyNestedDeeperThanTheLimit",
            transfer("{\"amount\":[[[[\"1\"]]]]}"),
            400,
            "JSON_TOO_DEEP"),
        row(
            "rejectsBodyWithMoreMembersThanTheLimit",
            transfer(manyMembers(17)),
            400,
            "TOO_MANY_FIELDS"),
        row(
            "rejectsNestedMembersBeyondTheLimit",
            transfer("{\"amount\":{" + manyMembers(16).substring(1) + "}"),
            400,
            "TOO_MANY_FIELDS"),
        row(
            "rejectsStringLongerThanTheLimit",
            transfer(amount("BTC", "1".repeat(257))),
            422,
            "FIELD_TOO_LONG"),
        row(
            "rejectsUtf16Body",
            transfer("")
                .rawBody(validTransfer().getBytes(java.nio.charset.StandardCharsets.UTF_16)),
            400,
            "MALFORMED_JSON"));
  }

  /** An object of {@code count} string members m0, m1, ... */
  private static String manyMembers(int count) {
    StringBuilder body = new StringBuilder("{");
    for (int i = 0; i < count; i++) {
      body.append(i == 0 ? "" : ",").append("\"m").append(i).append("\":\"x\"");
    }
    return body.append('}').toString();
  }

  private static Arguments row(String behaviour, TestRequest request, int status, String code) {
    return Arguments.of(behaviour, request, status, code);
  }

  static String validTransfer() {
    return "{\"from_wallet\":\"alice-1\",\"to_wallet\":\"bob-22\",\"asset\":\"BTC\",\"amount\":\"0.015\"}";
  }

  /** The valid transfer with one JSON value (written as it appears in the body) replaced. */
  private static String transferWith(String value, String replacement) {
    String body = validTransfer();
    int at = body.indexOf(value);
    return body.substring(0, at) + replacement + body.substring(at + value.length());
  }

  private static String amount(String asset, String amount) {
    return "{\"from_wallet\":\"alice-1\",\"to_wallet\":\"bob-22\",\"asset\":\""
        + asset
        + "\",\"amount\":\""
        + amount
        + "\"}";
  }

  private static String destination(String destination) {
    return "{\"wallet\":\"alice-1\",\"asset\":\"ETH\",\"amount\":\"1.5\",\"destination\":\""
        + destination
        + "\"}";
  }

  private static TestRequest transfer(String body) {
    return TestRequest.post(TRANSFERS, body);
  }

  private static TestRequest withdrawal(String body) {
    return TestRequest.post(WITHDRAWALS, body);
  }

  private static TestRequest claim(String body) {
    return TestRequest.post(CLAIMS, body);
  }
}
