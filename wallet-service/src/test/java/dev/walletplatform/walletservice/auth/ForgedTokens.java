package dev.walletplatform.walletservice.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.walletplatform.fixtures.tokens.LocalTokenIssuer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Tokens an attacker or a broken client could present, each wrong in exactly one way, all naming
 * {@code wallet} as owned. Built from the trusted issuer's own claims so that only the one flaw
 * differs.
 */
public final class ForgedTokens {
  private final LocalTokenIssuer tokens;
  private final Path scratch;

  /**
   * @param scratch a directory for a second, untrusted issuer's JWKS
   */
  public ForgedTokens(LocalTokenIssuer tokens, Path scratch) {
    this.tokens = tokens;
    this.scratch = scratch;
  }

  /** The kinds of bad credential; each answers 401 UNAUTHENTICATED, all alike. */
  public enum Flaw {
    NO_CREDENTIALS,
    NOT_BEARER_SCHEME,
    NOT_A_JWT,
    EXPIRED,
    NOT_YET_VALID,
    WRONG_AUDIENCE,
    WRONG_ISSUER,
    TAMPERED_CLAIMS,
    ALG_NONE,
    HS256_WITH_PUBLIC_KEY,
    UNKNOWN_SIGNING_KEY
  }

  /**
   * The Authorization header value for a token of {@code wallet} with {@code flaw}; null means no
   * header.
   */
  public String authorization(Flaw flaw, String wallet) {
    Instant now = Instant.now();
    return switch (flaw) {
      case NO_CREDENTIALS -> null;
      case NOT_BEARER_SCHEME ->
          "Basic " + tokens.issue("u", "c", List.of(wallet), Duration.ofMinutes(5));
      case NOT_A_JWT -> "Bearer not-a-jwt";
      case EXPIRED ->
          bearer(
              tokens.sign(
                  claims(wallet, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)))
                      .build()));
      // nbf (= iat here) an hour ahead: far beyond the 30 s clock skew
      case NOT_YET_VALID ->
          bearer(
              tokens.sign(
                  claims(wallet, now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(2)))
                      .build()));
      case WRONG_AUDIENCE -> bearer(tokens.sign(valid(wallet).audience("another-api").build()));
      case WRONG_ISSUER ->
          bearer(tokens.sign(valid(wallet).issuer("https://evil.example").build()));
      case TAMPERED_CLAIMS -> bearer(tampered(wallet));
      case ALG_NONE -> bearer(new PlainJWT(valid(wallet).build()).serialize());
      case HS256_WITH_PUBLIC_KEY -> bearer(hmacWithPublicKeys(wallet));
      case UNKNOWN_SIGNING_KEY ->
          bearer(
              LocalTokenIssuer.create(
                      tokens.issuer(), tokens.audience(), scratch.resolve("untrusted-jwks.json"))
                  .issue("u", "c", List.of(wallet), Duration.ofMinutes(5)));
    };
  }

  /**
   * Someone else's genuine token with the wallets claim rewritten to {@code wallet}: the signature
   * no longer fits.
   */
  private String tampered(String wallet) {
    String[] parts =
        tokens.issue("u", "c", List.of("someone-else"), Duration.ofMinutes(5)).split("\\.");
    String claims = Base64URL.encode(valid(wallet).build().toString()).toString();
    return parts[0] + "." + claims + "." + parts[2];
  }

  /** The classic confusion: HS256 "signed" with the published public keys as the shared secret. */
  private String hmacWithPublicKeys(String wallet) {
    try {
      String keyId =
          SignedJWT.parse(tokens.issue("u", "c", List.of(), Duration.ofMinutes(1)))
              .getHeader()
              .getKeyID();
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.HS256)
                  .type(JOSEObjectType.JWT)
                  .keyID(keyId)
                  .build(),
              valid(wallet).build());
      jwt.sign(new MACSigner(Files.readAllBytes(Path.of(tokens.jwksUri()))));
      return jwt.serialize();
    } catch (ParseException | JOSEException e) {
      throw new IllegalStateException("could not forge an HS256 token", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JWTClaimsSet.Builder valid(String wallet) {
    Instant now = Instant.now();
    return claims(wallet, now, now.plus(Duration.ofMinutes(5)));
  }

  private JWTClaimsSet.Builder claims(String wallet, Instant issuedAt, Instant expiresAt) {
    return tokens.claims("mallory", "c", List.of(wallet), issuedAt, expiresAt);
  }

  private static String bearer(String token) {
    return "Bearer " + token;
  }
}
