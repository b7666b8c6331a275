package dev.walletplatform.kit.auth.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.walletplatform.fixtures.tokens.LocalTokenIssuer;
import dev.walletplatform.kit.auth.Caller;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtVerifierTest {
  private static final String ISSUER = "https://id.wallet.example";
  private static final String AUDIENCE = "wallet-api";

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(Instant.now());
  private LocalTokenIssuer tokens;
  private JwtVerifier verifier;

  @BeforeEach
  void issuerAndVerifier() {
    tokens = LocalTokenIssuer.create(ISSUER, AUDIENCE, dir.resolve("jwks.json"));
    verifier = new JwtVerifier(JwtSettings.of(ISSUER, AUDIENCE, tokens.jwksUri()), clock);
  }

  @Test
  void acceptsAValidTokenAndReadsWhoCallsAndWhatTheyOwn() throws Exception {
    Caller caller =
        verifier.verify(
            tokens.issue(
                "user-1",
                "ios-app-7",
                List.of("alice-main", "alice-savings"),
                Duration.ofMinutes(5)));

    assertThat(caller.subject()).isEqualTo("user-1");
    assertThat(caller.clientId()).isEqualTo("ios-app-7");
    assertThat(caller.owns("alice-main")).isTrue();
    assertThat(caller.owns("bob-main")).isFalse();
  }

  @Test
  void refusesAnExpiredTokenButToleratesTheConfiguredSkew() throws Exception {
    Instant now = clock.instant();
    String justExpired =
        tokens.sign(
            tokens
                .claims("u", "c", List.of(), now.minusSeconds(600), now.minusSeconds(10))
                .build());
    String longExpired =
        tokens.sign(
            tokens
                .claims("u", "c", List.of(), now.minusSeconds(600), now.minusSeconds(31))
                .build());

    assertThat(verifier.verify(justExpired).subject()).isEqualTo("u");
    assertProblem(longExpired, TokenProblem.EXPIRED);
  }

  @Test
  void refusesATokenNotYetValid() {
    Instant now = clock.instant();
    String future =
        tokens.sign(
            tokens
                .claims("u", "c", List.of(), now, now.plusSeconds(600))
                .notBeforeTime(java.util.Date.from(now.plusSeconds(60)))
                .build());

    assertProblem(future, TokenProblem.NOT_YET_VALID);
  }

  @Test
  void refusesAnotherIssuerOrAudience() {
    Instant now = clock.instant();
    assertProblem(
        tokens.sign(
            tokens
                .claims("u", "c", List.of(), now, now.plusSeconds(60))
                .issuer("https://evil.example")
                .build()),
        TokenProblem.WRONG_ISSUER);
    assertProblem(
        tokens.sign(
            tokens
                .claims("u", "c", List.of(), now, now.plusSeconds(60))
                .audience("another-api")
                .build()),
        TokenProblem.WRONG_AUDIENCE);
  }

  @Test
  void refusesATamperedPayload() {
    String token = tokens.issue("mallory", "c", List.of("mallory-main"), Duration.ofMinutes(5));
    String[] parts = token.split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("mallory-main", "alice-main");
    String tampered =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];

    assertProblem(tampered, TokenProblem.BAD_SIGNATURE);
  }

  @Test
  void refusesATokenSignedByAKeyItWasNeverGiven() {
    LocalTokenIssuer impostor =
        LocalTokenIssuer.create(ISSUER, AUDIENCE, dir.resolve("other-jwks.json"));

    assertProblem(
        impostor.issue("u", "c", List.of(), Duration.ofMinutes(5)), TokenProblem.UNKNOWN_KEY);
  }

  @Test
  void refusesUnsignedAndHmacTokensWhateverTheirHeaderSays() throws Exception {
    Instant now = clock.instant();
    JWTClaimsSet claims = tokens.claims("u", "c", List.of(), now, now.plusSeconds(60)).build();
    String unsigned = new PlainJWT(new PlainHeader(), claims).serialize();
    SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    hmac.sign(
        new MACSigner(
            Files.readString(dir.resolve("jwks.json")).repeat(2).getBytes(StandardCharsets.UTF_8)));

    assertProblem(unsigned, TokenProblem.DISALLOWED_HEADER);
    assertProblem(hmac.serialize(), TokenProblem.DISALLOWED_HEADER);
  }

  @Test
  void acceptsRs256FromAnRsaJwks() throws Exception {
    RSAKey rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
    Path jwks = dir.resolve("rsa-jwks.json");
    Files.writeString(jwks, new JWKSet(rsa.toPublicJWK()).toString());
    JwtVerifier rsaVerifier =
        new JwtVerifier(JwtSettings.of(ISSUER, AUDIENCE, jwks.toUri()), clock);
    Instant now = clock.instant();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("rsa-1").build(),
            tokens.claims("u", "c", List.of("u-main"), now, now.plusSeconds(60)).build());
    jwt.sign(new RSASSASigner(rsa));

    assertThat(rsaVerifier.verify(jwt.serialize()).owns("u-main")).isTrue();
  }

  @Test
  void anRs256LocalIssuerIsVerifiedThroughItsJwksAcrossARotation() throws Exception {
    LocalTokenIssuer rsaTokens =
        LocalTokenIssuer.create(ISSUER, AUDIENCE, dir.resolve("rs-jwks.json"), JWSAlgorithm.RS256);
    JwtVerifier rsaVerifier =
        new JwtVerifier(JwtSettings.of(ISSUER, AUDIENCE, rsaTokens.jwksUri()), clock);
    String before = rsaTokens.issue("u", "c", List.of("u-main"), Duration.ofMinutes(5));
    rsaTokens.rotate();
    String after = rsaTokens.issue("u", "c", List.of("u-main"), Duration.ofMinutes(5));

    assertThat(SignedJWT.parse(after).getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(rsaVerifier.verify(before).owns("u-main")).isTrue();
    assertThat(rsaVerifier.verify(after).owns("u-main")).isTrue();
    assertThatThrownBy(
            () ->
                LocalTokenIssuer.create(
                    ISSUER, AUDIENCE, dir.resolve("x.json"), JWSAlgorithm.HS256))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void picksUpARotatedKeyButRefreshesForUnknownKidsAtMostOncePerInterval() throws Exception {
    verifier.verify(tokens.issue("u", "c", List.of(), Duration.ofMinutes(5))); // keys loaded now
    tokens.rotate();
    String signedWithNewKey = tokens.issue("u", "c", List.of(), Duration.ofMinutes(5));

    clock.advance(Duration.ofSeconds(5));
    assertProblem(
        signedWithNewKey, TokenProblem.UNKNOWN_KEY); // a refresh just happened: not another one yet
    clock.advance(Duration.ofSeconds(30));
    assertThat(verifier.verify(signedWithNewKey).subject()).isEqualTo("u");
  }

  @Test
  void remembersAVerifiedTokenButNeverPastItsExpiry() throws Exception {
    String token = tokens.issue("u", "c", List.of("u-main"), Duration.ofSeconds(60));
    verifier.verify(token); // loads the keys
    verifier.verify(token);

    assertThat(verifier.rememberedTokens()).isEqualTo(1);
    assertThat(verifier.verify(token).owns("u-main")).isTrue();
    clock.advance(Duration.ofSeconds(60 + 31)); // past exp and the 30 s skew
    assertProblem(token, TokenProblem.EXPIRED);
  }

  @Test
  void neverRemembersARefusedToken() {
    Instant now = clock.instant();
    String wrongAudience =
        tokens.sign(
            tokens.claims("u", "c", List.of(), now, now.plusSeconds(60)).audience("x").build());

    assertProblem(wrongAudience, TokenProblem.WRONG_AUDIENCE);
    assertProblem(wrongAudience, TokenProblem.WRONG_AUDIENCE);
    assertThat(verifier.rememberedTokens()).isZero();
  }

  @Test
  void stopsAcceptingARetiredKeyOnceTheKeysAreRefetched() throws Exception {
    String signedWithOldKey = tokens.issue("u", "c", List.of(), Duration.ofHours(1));
    verifier.verify(signedWithOldKey);
    verifier.verify(signedWithOldKey); // remembered as verified: the refetch must still retire it
    assertThat(verifier.rememberedTokens()).isEqualTo(1);
    tokens.rotate();
    tokens.retireOldKeys();

    clock.advance(Duration.ofMinutes(11)); // past keysMaxAge
    assertProblem(signedWithOldKey, TokenProblem.UNKNOWN_KEY);
  }

  @Test
  void refusesMalformedOversizedAndClaimlessTokens() {
    Instant now = clock.instant();
    assertProblem("not.a.jwt", TokenProblem.MALFORMED);
    assertProblem("x".repeat(8_193), TokenProblem.TOO_LONG);
    assertProblem(
        tokens.sign(
            tokens.claims("u", "c", List.of(), now, now.plusSeconds(60)).subject(null).build()),
        TokenProblem.MISSING_CLAIM);
    assertProblem(
        tokens.sign(
            tokens
                .claims("u", "c", List.of(), now, now.plusSeconds(60))
                .claim("wallets", "alice-main")
                .build()),
        TokenProblem.BAD_WALLETS_CLAIM);
    assertProblem(
        tokens.sign(
            tokens.claims("u", "c", List.of("../etc/passwd"), now, now.plusSeconds(60)).build()),
        TokenProblem.BAD_WALLETS_CLAIM);
    assertProblem(
        tokens.sign(
            tokens
                .claims("u", "c", Collections.nCopies(101, "w-x"), now, now.plusSeconds(60))
                .build()),
        TokenProblem.BAD_WALLETS_CLAIM);
  }

  @Test
  void neverTrustsAJwksThatPublishesAPrivateKey() throws Exception {
    RSAKey rsa = new RSAKeyGenerator(2048).keyID("leaked").generate();
    Path jwks = dir.resolve("leaky-jwks.json");
    Files.writeString(jwks, new JWKSet(rsa).toString(false));
    JwtVerifier leaky = new JwtVerifier(JwtSettings.of(ISSUER, AUDIENCE, jwks.toUri()), clock);
    Instant now = clock.instant();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("leaked").build(),
            tokens.claims("u", "c", List.of(), now, now.plusSeconds(60)).build());
    jwt.sign(new RSASSASigner(rsa));

    assertThatThrownBy(() -> leaky.verify(jwt.serialize()))
        .isInstanceOfSatisfying(
            InvalidTokenException.class,
            e -> assertThat(e.problem()).isEqualTo(TokenProblem.KEYS_UNAVAILABLE));
  }

  @Test
  void settingsRefuseAPlainHttpJwksOffLoopbackAndAnOverlyGenerousSkew() {
    assertThatThrownBy(
            () -> JwtSettings.of(ISSUER, AUDIENCE, java.net.URI.create("http://id.example/jwks")))
        .hasMessageContaining("https");
    assertThatThrownBy(
            () ->
                new JwtSettings(
                    ISSUER,
                    AUDIENCE,
                    tokens.jwksUri(),
                    Duration.ofMinutes(10),
                    Duration.ofMinutes(10),
                    Duration.ofSeconds(30),
                    8_192,
                    100,
                    10_000))
        .hasMessageContaining("clockSkew");
  }

  private void assertProblem(String token, TokenProblem expected) {
    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOfSatisfying(
            InvalidTokenException.class,
            e -> assertThat(e.problem()).as(e.getMessage()).isEqualTo(expected));
  }
}
