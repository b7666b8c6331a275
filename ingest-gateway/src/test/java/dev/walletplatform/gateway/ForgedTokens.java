package dev.walletplatform.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.walletplatform.fixtures.tokens.LocalTokenIssuer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * Tokens the gateway must refuse, each wrong in exactly one way, made from a real issuer so
 * everything else about them is right.
 */
public final class ForgedTokens {
  private final LocalTokenIssuer tokens;
  private final String clientId;

  public ForgedTokens(LocalTokenIssuer tokens, String clientId) {
    this.tokens = tokens;
    this.clientId = clientId;
  }

  public String valid(Collection<String> wallets) {
    return tokens.issue("user-1", clientId, wallets, Duration.ofMinutes(10));
  }

  public String expired(Collection<String> wallets) {
    Instant now = Instant.now();
    return tokens.sign(
        tokens
            .claims(
                "user-1",
                clientId,
                wallets,
                now.minus(Duration.ofHours(2)),
                now.minus(Duration.ofHours(1)))
            .build());
  }

  public String notYetValid(Collection<String> wallets) {
    Instant now = Instant.now();
    return tokens.sign(
        tokens
            .claims("user-1", clientId, wallets, now, now.plus(Duration.ofHours(2)))
            .notBeforeTime(Date.from(now.plus(Duration.ofHours(1))))
            .build());
  }

  public String wrongAudience(Collection<String> wallets) {
    return tokens.sign(claims(wallets).audience("another-api").build());
  }

  public String wrongIssuer(Collection<String> wallets) {
    return tokens.sign(claims(wallets).issuer("https://evil.example").build());
  }

  public String withoutSubject(Collection<String> wallets) {
    return tokens.sign(claims(wallets).subject(null).build());
  }

  /** A valid token whose payload was changed afterwards (another wallet added), signature kept. */
  public String tampered(Collection<String> wallets, String addedWallet) {
    String[] parts = valid(wallets).split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"wallets\":[", "\"wallets\":[\"" + addedWallet + "\",");
    return parts[0]
        + "."
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + "."
        + parts[2];
  }

  /** {@code alg: none}, no signature at all. */
  public String unsigned(Collection<String> wallets) {
    String header = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}").toString();
    String payload = Base64URL.encode(claims(wallets).build().toString()).toString();
    return header + "." + payload + ".";
  }

  /**
   * HS256 keyed with the issuer's public JWKS, the classic algorithm confusion, with a real kid.
   */
  public String hmacWithThePublicKey(Collection<String> wallets) {
    try {
      String jwks = Files.readString(Path.of(tokens.jwksUri()));
      String kid = SignedJWT.parse(valid(wallets)).getHeader().getKeyID();
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).keyID(kid).build(),
              claims(wallets).build());
      jwt.sign(new MACSigner(jwks.getBytes(StandardCharsets.UTF_8)));
      return jwt.serialize();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException | JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Signed by a key the identity provider never published (same issuer and audience). */
  public String signedByAnUnknownKey(Path dir, Collection<String> wallets) {
    LocalTokenIssuer stranger =
        LocalTokenIssuer.create(
            tokens.issuer(),
            tokens.audience(),
            dir.resolve("stranger-" + System.nanoTime() + ".json"));
    return stranger.issue("user-1", clientId, wallets, Duration.ofMinutes(10));
  }

  private JWTClaimsSet.Builder claims(Collection<String> wallets) {
    Instant now = Instant.now();
    return tokens.claims(
        "user-1", clientId, List.copyOf(wallets), now, now.plus(Duration.ofMinutes(10)));
  }
}
