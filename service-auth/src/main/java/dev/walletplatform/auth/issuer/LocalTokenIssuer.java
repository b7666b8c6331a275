package dev.walletplatform.auth.issuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Signs ES256 tokens with a key generated in memory and writes the public keys to a JWKS file the
 * services read ({@code file:} URI). {@link #rotate()} adds a new signing key and keeps the old
 * public key published, as an identity provider does during a rotation.
 */
public final class LocalTokenIssuer {
  private final String issuer;
  private final String audience;
  private final Path jwksFile;
  private final List<ECKey> keys = new ArrayList<>();

  private LocalTokenIssuer(String issuer, String audience, Path jwksFile) {
    this.issuer = issuer;
    this.audience = audience;
    this.jwksFile = jwksFile.toAbsolutePath();
  }

  public static LocalTokenIssuer create(String issuer, String audience, Path jwksFile) {
    LocalTokenIssuer tokens = new LocalTokenIssuer(issuer, audience, jwksFile);
    tokens.rotate();
    return tokens;
  }

  public String issuer() {
    return issuer;
  }

  public String audience() {
    return audience;
  }

  public URI jwksUri() {
    return jwksFile.toUri();
  }

  /** A token for {@code subject} owning {@code wallets}, valid from now for {@code ttl}. */
  public String issue(String subject, String clientId, Collection<String> wallets, Duration ttl) {
    Instant now = Instant.now();
    return sign(claims(subject, clientId, wallets, now, now.plus(ttl)).build());
  }

  /** The claims {@link #issue} would sign, for tests that change one of them. */
  public JWTClaimsSet.Builder claims(String subject, String clientId, Collection<String> wallets, Instant issuedAt,
      Instant expiresAt) {
    return new JWTClaimsSet.Builder()
        .issuer(issuer)
        .audience(audience)
        .subject(subject)
        .claim("client_id", clientId)
        .claim("wallets", List.copyOf(wallets))
        .issueTime(Date.from(issuedAt))
        .notBeforeTime(Date.from(issuedAt))
        .expirationTime(Date.from(expiresAt))
        .jwtID(UUID.randomUUID().toString());
  }

  /** Signs any claims with the current key. */
  public synchronized String sign(JWTClaimsSet claims) {
    ECKey key = keys.get(keys.size() - 1);
    try {
      SignedJWT jwt = new SignedJWT(
          new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).keyID(key.getKeyID()).build(), claims);
      jwt.sign(new ECDSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("signing with a freshly generated P-256 key failed", e);
    }
  }

  /** A new signing key; the previous public keys stay in the JWKS so tokens already issued still verify. */
  public synchronized void rotate() {
    try {
      keys.add(new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString()).generate());
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot generate a P-256 key", e);
    }
    publish();
  }

  /** Drops every public key but the current one from the JWKS: tokens of earlier keys stop verifying. */
  public synchronized void retireOldKeys() {
    ECKey current = keys.get(keys.size() - 1);
    keys.clear();
    keys.add(current);
    publish();
  }

  private void publish() {
    List<JWK> publicKeys = keys.stream().map(k -> (JWK) k.toPublicJWK()).toList();
    String json = new JWKSet(publicKeys).toString(true);
    try {
      Files.createDirectories(jwksFile.getParent());
      // write-then-move: a service refreshing at this instant reads the old or the new set, never half
      Path temp = Files.createTempFile(jwksFile.getParent(), "jwks", ".tmp");
      Files.writeString(temp, json);
      Files.move(temp, jwksFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the JWKS to " + jwksFile, e);
    }
  }
}
