package dev.walletplatform.gateway;

import static dev.walletplatform.fixtures.tokens.ForgedTokens.Flaw.ALG_NONE;
import static dev.walletplatform.fixtures.tokens.ForgedTokens.Flaw.EXPIRED;
import static dev.walletplatform.fixtures.tokens.ForgedTokens.Flaw.HS256_WITH_PUBLIC_KEY;
import static dev.walletplatform.fixtures.tokens.ForgedTokens.Flaw.NOT_YET_VALID;
import static dev.walletplatform.fixtures.tokens.ForgedTokens.Flaw.TAMPERED_CLAIMS;
import static dev.walletplatform.fixtures.tokens.ForgedTokens.Flaw.UNKNOWN_SIGNING_KEY;
import static dev.walletplatform.fixtures.tokens.ForgedTokens.Flaw.WITHOUT_SUBJECT;
import static dev.walletplatform.fixtures.tokens.ForgedTokens.Flaw.WRONG_AUDIENCE;
import static dev.walletplatform.fixtures.tokens.ForgedTokens.Flaw.WRONG_ISSUER;
import static dev.walletplatform.gateway.GatewayHttpsClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletplatform.testsupport.SchemaRegistryExtension;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way a command can be wrong, through the real stack — HTTPS, the JWT filter, the rate
 * limiter, the endpoints, the error mapper — against a real broker: each row gets its documented
 * status and code, and the commands topic's end offsets are the same after it as before it.
 */
class GatewayBadInputIT {
  @RegisterExtension static final SchemaRegistryExtension REGISTRY = new SchemaRegistryExtension();
  @TempDir static Path dir;

  private static final String TRANSFERS = "/v1/transfers";
  private static final String WITHDRAWALS = "/v1/withdrawals";
  private static final String CLAIMS = "/v1/giveaways/spring-drop/claims";
  private static final String VALID_TRANSFER =
      "{\"from_wallet\":\"alice-1\",\"to_wallet\":\"bob-22\",\"asset\":\"BTC\",\"amount\":\"0.015\"}";

  private static SecuredGateway gateway;

  @BeforeAll
  static void startGateway() throws Exception {
    gateway = SecuredGateway.start(REGISTRY, dir, GatewayTestConfig.GENEROUS_RATE_LIMITS);
  }

  @AfterAll
  static void stopGateway() {
    if (gateway != null) {
      gateway.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void refusesWithTheDocumentedCodeAndProducesNothing(
      String behaviour, Consumer<SecuredGateway> setup, GatewayCall call, int status, String code) {
    setup.accept(gateway);
    long before = gateway.offsets.end();

    HttpResponse<String> response = gateway.client.send(call.build(gateway));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/json");
    JsonNode error = json(response);
    assertThat(error.path("code").asText()).as(response.body()).isEqualTo(code);
    assertThat(error.path("message").asText()).isNotBlank();
    assertThat(error.path("details").isObject()).isTrue();
    assertThat(response.headers().firstValue("Strict-Transport-Security"))
        .contains("max-age=31536000; includeSubDomains");
    if (status == 401) {
      assertThat(response.headers().firstValue("WWW-Authenticate"))
          .get()
          .asString()
          .startsWith("Bearer");
      assertThat(error.path("details").isEmpty()).as("no hint which check failed").isTrue();
    }
    assertThat(gateway.offsets.end()).as("records on the commands topic").isEqualTo(before);
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        // --- authentication (401, always the same answer) ---
        row(
            "withoutAuthorization",
            transfer(VALID_TRANSFER).without("Authorization"),
            401,
            "UNAUTHENTICATED"),
        row(
            "withBasicAuthentication",
            transfer(VALID_TRANSFER).authorization(g -> "Basic dXNlcjpwYXNz"),
            401,
            "UNAUTHENTICATED"),
        row(
            "withAnExpiredToken",
            transfer(VALID_TRANSFER).bearer(g -> g.forged.token(EXPIRED, GatewayCall.OWNED)),
            401,
            "UNAUTHENTICATED"),
        row(
            "withANotYetValidToken",
            transfer(VALID_TRANSFER).bearer(g -> g.forged.token(NOT_YET_VALID, GatewayCall.OWNED)),
            401,
            "UNAUTHENTICATED"),
        row(
            "withATokenForAnotherAudience",
            transfer(VALID_TRANSFER).bearer(g -> g.forged.token(WRONG_AUDIENCE, GatewayCall.OWNED)),
            401,
            "UNAUTHENTICATED"),
        row(
            "withATokenOfAnotherIssuer",
            transfer(VALID_TRANSFER).bearer(g -> g.forged.token(WRONG_ISSUER, GatewayCall.OWNED)),
            401,
            "UNAUTHENTICATED"),
        row(
            "withATokenWithoutSubject",
            transfer(VALID_TRANSFER)
                .bearer(g -> g.forged.token(WITHOUT_SUBJECT, GatewayCall.OWNED)),
            401,
            "UNAUTHENTICATED"),
        // a genuine signature over claims rewritten to add dave-44 to the caller's wallets
        row(
            "withATamperedToken",
            transfer(VALID_TRANSFER.replace("alice-1", "dave-44"))
                .bearer(
                    g ->
                        g.forged.token(
                            TAMPERED_CLAIMS,
                            Stream.concat(GatewayCall.OWNED.stream(), Stream.of("dave-44"))
                                .toList())),
            401,
            "UNAUTHENTICATED"),
        row(
            "withAnUnsignedAlgNoneToken",
            transfer(VALID_TRANSFER).bearer(g -> g.forged.token(ALG_NONE, GatewayCall.OWNED)),
            401,
            "UNAUTHENTICATED"),
        row(
            "withAnHs256TokenKeyedWithThePublicKey",
            transfer(VALID_TRANSFER)
                .bearer(g -> g.forged.token(HS256_WITH_PUBLIC_KEY, GatewayCall.OWNED)),
            401,
            "UNAUTHENTICATED"),
        row(
            "withATokenOfAnUnpublishedKey",
            transfer(VALID_TRANSFER)
                .bearer(g -> g.forged.token(UNKNOWN_SIGNING_KEY, GatewayCall.OWNED)),
            401,
            "UNAUTHENTICATED"),
        // --- ownership (403) ---
        row(
            "transferOutOfAWalletNotOwned",
            transfer(VALID_TRANSFER.replace("alice-1", "dave-44")),
            403,
            "WALLET_NOT_OWNED"),
        row(
            "transferOutOfAWalletNotOwnedIntoAnOwnedOne",
            transfer(
                "{\"from_wallet\":\"dave-44\",\"to_wallet\":\"alice-1\",\"asset\":\"BTC\",\"amount\":\"1\"}"),
            403,
            "WALLET_NOT_OWNED"),
        row(
            "withdrawalFromAWalletNotOwned",
            withdrawal(destination("0x52908400098527886E").replace("alice-1", "dave-44")),
            403,
            "WALLET_NOT_OWNED"),
        row("claimIntoAWalletNotOwned", claim("{\"wallet\":\"dave-44\"}"), 403, "WALLET_NOT_OWNED"),
        // --- transport and headers ---
        row(
            "declaredBodyOverTheLimit",
            transfer(VALID_TRANSFER.replace("}", ",\"pad\":\"" + "x".repeat(17_000) + "\"}")),
            413,
            "PAYLOAD_TOO_LARGE"),
        row(
            "chunkedBodyOverTheLimit",
            transfer(VALID_TRANSFER.replace("}", ",\"pad\":\"" + "x".repeat(64_000) + "\"}"))
                .chunked(),
            413,
            "PAYLOAD_TOO_LARGE"),
        row(
            "textPlainBody",
            transfer(VALID_TRANSFER).header("Content-Type", "text/plain"),
            415,
            "UNSUPPORTED_MEDIA_TYPE"),
        row(
            "noContentType",
            transfer(VALID_TRANSFER).without("Content-Type"),
            415,
            "UNSUPPORTED_MEDIA_TYPE"),
        row(
            "jsonInLatin1",
            transfer(VALID_TRANSFER).header("Content-Type", "application/json; charset=ISO-8859-1"),
            415,
            "UNSUPPORTED_MEDIA_TYPE"),
        row(
            "formEncodedBody",
            transfer(VALID_TRANSFER).header("Content-Type", "application/x-www-form-urlencoded"),
            415,
            "UNSUPPORTED_MEDIA_TYPE"),
        row(
            "xmlBody",
            transfer("<transfer/>").header("Content-Type", "application/xml"),
            415,
            "UNSUPPORTED_MEDIA_TYPE"),
        row(
            "missingIdempotencyKey",
            transfer(VALID_TRANSFER).without("Idempotency-Key"),
            400,
            "MISSING_IDEMPOTENCY_KEY"),
        row(
            "tooShortIdempotencyKey",
            transfer(VALID_TRANSFER).header("Idempotency-Key", "abc"),
            400,
            "INVALID_IDEMPOTENCY_KEY"),
        row(
            "idempotencyKeyWithASpace",
            transfer(VALID_TRANSFER).header("Idempotency-Key", "key with space"),
            400,
            "INVALID_IDEMPOTENCY_KEY"),
        row(
            "idempotencyKeyOverLimit",
            transfer(VALID_TRANSFER).header("Idempotency-Key", "k".repeat(129)),
            400,
            "INVALID_IDEMPOTENCY_KEY"),
        row(
            "idempotencyKeySentTwice",
            transfer(VALID_TRANSFER)
                .header("Idempotency-Key", "key-twice-1")
                .alsoHeader("Idempotency-Key", "key-twice-2"),
            400,
            "INVALID_IDEMPOTENCY_KEY"),
        row(
            "deviceIdWithASpace",
            claim("{\"wallet\":\"alice-1\"}").header("X-Device-Id", "my phone"),
            400,
            "INVALID_DEVICE_ID"),
        row("unknownPath", GatewayCall.post("/v1/transferz", VALID_TRANSFER), 404, "NOT_FOUND"),
        row(
            "getOnACommandEndpoint",
            transfer(VALID_TRANSFER).method("GET"),
            405,
            "METHOD_NOT_ALLOWED"),
        row(
            "clientThatDoesNotAcceptJson",
            transfer(VALID_TRANSFER).header("Accept", "text/html"),
            406,
            "NOT_ACCEPTABLE"),
        // --- body shape (400) ---
        row("bodyThatIsNotJson", transfer("{\"from_wallet\": "), 400, "MALFORMED_JSON"),
        row("emptyBody", transfer(""), 400, "MALFORMED_JSON"),
        row("jsonArray", transfer("[]"), 400, "MALFORMED_JSON"),
        row("trailingContent", transfer(VALID_TRANSFER + " {}"), 400, "MALFORMED_JSON"),
        row("jsonWithComments", transfer("{/* hi */ \"asset\": \"BTC\"}"), 400, "MALFORMED_JSON"),
        row("singleQuotedJson", transfer("{'asset': 'BTC'}"), 400, "MALFORMED_JSON"),
        row(
            "invalidUtf8",
            transfer("").raw(new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'}),
            400,
            "MALFORMED_JSON"),
        row(
            "utf16Body",
            transfer("").raw(VALID_TRANSFER.getBytes(StandardCharsets.UTF_16)),
            400,
            "MALFORMED_JSON"),
        row(
            "duplicateAmount",
            transfer(VALID_TRANSFER.replace("}", ",\"amount\":\"9\"}")),
            400,
            "DUPLICATE_FIELD"),
        row(
            "duplicateClaimWallet",
            claim("{\"wallet\":\"alice-1\",\"wallet\":\"carol-3\"}"),
            400,
            "DUPLICATE_FIELD"),
        row(
            "unknownField",
            transfer(VALID_TRANSFER.replace("}", ",\"memo\":\"hi\"}")),
            400,
            "UNKNOWN_FIELD"),
        row(
            "amountOnAClaim",
            claim("{\"wallet\":\"alice-1\",\"amount\":\"10\"}"),
            400,
            "UNKNOWN_FIELD"),
        row(
            "amountAsJsonNumber",
            transfer(VALID_TRANSFER.replace("\"0.015\"", "0.015")),
            400,
            "WRONG_TYPE"),
        row(
            "amountAsJsonInteger",
            transfer(VALID_TRANSFER.replace("\"0.015\"", "15")),
            400,
            "WRONG_TYPE"),
        row(
            "amountAsArray",
            transfer(VALID_TRANSFER.replace("\"0.015\"", "[\"0.015\"]")),
            400,
            "WRONG_TYPE"),
        row(
            "walletAsObject",
            transfer(VALID_TRANSFER.replace("\"bob-22\"", "{\"id\":\"bob-22\"}")),
            400,
            "WRONG_TYPE"),
        row(
            "assetAsBoolean",
            transfer(VALID_TRANSFER.replace("\"BTC\"", "true")),
            400,
            "WRONG_TYPE"),
        row(
            "missingAmount",
            transfer("{\"from_wallet\":\"alice-1\",\"to_wallet\":\"bob-22\",\"asset\":\"BTC\"}"),
            400,
            "MISSING_FIELD"),
        row(
            "nullToWallet",
            transfer(VALID_TRANSFER.replace("\"bob-22\"", "null")),
            400,
            "MISSING_FIELD"),
        row(
            "emptyAmount",
            transfer(VALID_TRANSFER.replace("\"0.015\"", "\"\"")),
            400,
            "MISSING_FIELD"),
        // --- body limits ---
        row(
            "nestedDeeperThanTheLimit",
            transfer("{\"amount\":[[[[[[[[\"1\"]]]]]]]]}"),
            400,
            "JSON_TOO_DEEP"),
        row("moreMembersThanTheLimit", transfer(manyMembers(40)), 400, "TOO_MANY_FIELDS"),
        row(
            "stringLongerThanTheLimit",
            transfer(amount("BTC", "1".repeat(300))),
            422,
            "FIELD_TOO_LONG"),
        row(
            "destinationLongerThanTheLimit",
            withdrawal(destination("d".repeat(1_000))),
            422,
            "FIELD_TOO_LONG"),
        // --- amounts (422) ---
        row("negativeAmount", transfer(amount("BTC", "-1")), 422, "INVALID_AMOUNT"),
        row("zeroAmount", transfer(amount("BTC", "0")), 422, "INVALID_AMOUNT"),
        row("zeroWithDecimals", transfer(amount("BTC", "0.00000000")), 422, "INVALID_AMOUNT"),
        row("amountWithExponent", transfer(amount("BTC", "1e3")), 422, "INVALID_AMOUNT"),
        row("amountWithCapitalExponent", transfer(amount("ETH", "1.5E2")), 422, "INVALID_AMOUNT"),
        row("amountWithLeadingPlus", transfer(amount("BTC", "+1")), 422, "INVALID_AMOUNT"),
        row("amountWithLeadingZero", transfer(amount("BTC", "01.5")), 422, "INVALID_AMOUNT"),
        row("amountStartingWithPoint", transfer(amount("BTC", ".5")), 422, "INVALID_AMOUNT"),
        row("amountEndingInPoint", transfer(amount("BTC", "1.")), 422, "INVALID_AMOUNT"),
        row(
            "amountWithThousandsSeparator",
            transfer(amount("BTC", "1,000")),
            422,
            "INVALID_AMOUNT"),
        row("amountWithSurroundingSpace", transfer(amount("BTC", " 1")), 422, "INVALID_AMOUNT"),
        row("hexAmount", transfer(amount("BTC", "0x10")), 422, "INVALID_AMOUNT"),
        row("nanAmount", transfer(amount("BTC", "NaN")), 422, "INVALID_AMOUNT"),
        row(
            "btcAmountWithNineDecimals",
            transfer(amount("BTC", "0.000000001")),
            422,
            "AMOUNT_TOO_PRECISE"),
        row(
            "usdcAmountWithSevenDecimals",
            transfer(amount("USDC", "1.0000001")),
            422,
            "AMOUNT_TOO_PRECISE"),
        row(
            "ethAmountWithNineteenDecimals",
            withdrawal(
                "{\"wallet\":\"alice-1\",\"asset\":\"ETH\","
                    + "\"amount\":\"0.0000000000000000001\",\"destination\":\"0x52908400098527886E\"}"),
            422,
            "AMOUNT_TOO_PRECISE"),
        row(
            "amountOverThirtyEightDigits",
            transfer(amount("ETH", "100000000000000000000000")),
            422,
            "AMOUNT_TOO_LARGE"),
        row(
            "usdcAmountOverThirtyEightDigits",
            transfer(amount("USDC", "1" + "0".repeat(32))),
            422,
            "AMOUNT_TOO_LARGE"),
        // --- assets and identifiers (422) ---
        row("unknownAsset", transfer(amount("DOGE", "1")), 422, "UNKNOWN_ASSET"),
        row("lowercaseAssetCode", transfer(amount("btc", "1")), 422, "UNKNOWN_ASSET"),
        row(
            "tooShortWalletId",
            transfer(VALID_TRANSFER.replace("\"bob-22\"", "\"bo\"")),
            422,
            "INVALID_WALLET_ID"),
        row(
            "walletIdWithASpace",
            transfer(VALID_TRANSFER.replace("\"bob-22\"", "\"bob 22\"")),
            422,
            "INVALID_WALLET_ID"),
        row(
            "walletIdStartingWithADash",
            withdrawal(destination("0x52908400098527886E").replace("alice-1", "-alice")),
            422,
            "INVALID_WALLET_ID"),
        row(
            "walletIdOver64Characters",
            claim("{\"wallet\":\"" + "w".repeat(65) + "\"}"),
            422,
            "INVALID_WALLET_ID"),
        row("walletIdWithASlash", claim("{\"wallet\":\"alice/1\"}"), 422, "INVALID_WALLET_ID"),
        row(
            "tooShortCampaignId",
            GatewayCall.post("/v1/giveaways/x/claims", "{\"wallet\":\"alice-1\"}"),
            422,
            "INVALID_CAMPAIGN_ID"),
        row(
            "campaignIdWithADot",
            GatewayCall.post("/v1/giveaways/spring.drop/claims", "{\"wallet\":\"alice-1\"}"),
            422,
            "INVALID_CAMPAIGN_ID"),
        row("tooShortDestination", withdrawal(destination("abc")), 422, "INVALID_DESTINATION"),
        row(
            "destinationWithASpace",
            withdrawal(destination("bc1q abcdefghijkl")),
            422,
            "INVALID_DESTINATION"),
        row(
            "destinationOver128Characters",
            withdrawal(destination("a".repeat(129))),
            422,
            "INVALID_DESTINATION"),
        row(
            "transferToTheSameWallet",
            transfer(VALID_TRANSFER.replace("\"bob-22\"", "\"alice-1\"")),
            422,
            "SAME_WALLET"),
        // --- idempotency (409): the first request is accepted (and produced) before the offsets
        // are read ---
        Arguments.of(
            "sameIdempotencyKeyWithAnotherBody",
            (Consumer<SecuredGateway>) g -> acceptedOnce(g, "reuse-key-0001"),
            transfer(amount("BTC", "0.016")).header("Idempotency-Key", "reuse-key-0001"),
            409,
            "IDEMPOTENCY_KEY_REUSED"));
  }

  private static void acceptedOnce(SecuredGateway g, String key) {
    HttpResponse<String> first =
        g.client.post(g.forged.valid(GatewayCall.OWNED), TRANSFERS, key, VALID_TRANSFER);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
  }

  private static Arguments row(String behaviour, GatewayCall call, int status, String code) {
    return Arguments.of(behaviour, (Consumer<SecuredGateway>) g -> {}, call, status, code);
  }

  private static GatewayCall transfer(String body) {
    return GatewayCall.post(TRANSFERS, body);
  }

  private static GatewayCall withdrawal(String body) {
    return GatewayCall.post(WITHDRAWALS, body);
  }

  private static GatewayCall claim(String body) {
    return GatewayCall.post(CLAIMS, body);
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

  private static String manyMembers(int count) {
    StringBuilder body = new StringBuilder("{");
    for (int i = 0; i < count; i++) {
      body.append(i == 0 ? "" : ",").append("\"m").append(i).append("\":\"x\"");
    }
    return body.append('}').toString();
  }
}
