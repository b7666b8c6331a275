package dev.walletplatform.auth.issuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
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
 * Signs ES256 (or RS256) tokens with a key generated in memory and writes the public keys to a JWKS
 * file the services read ({@code file:} URI). {@link #rotate()} adds a new signing key and keeps the
 * old public key published, as an identity provider does during a rotation.
 */
public final class LocalTokenIssuer {
  private final String issuer;
  private final String audience;
  private final Path jwksFile;
  private final JWSAlgorithm algorithm;
  private final List<JWK> keys = new ArrayList<>();

  private LocalTokenIssuer(String issuer, String audience, Path jwksFile, JWSAlgorithm algorithm) {
    if (!JWSAlgorithm.ES256.equals(algorithm) && !JWSAlgorithm.RS256.equals(algorithm)) {
      throw new IllegalArgumentException("the services accept ES256 and RS256 only, not " + algorithm);
    }
    this.issuer = issuer;
    this.audience = audience;
    this.jwksFile = jwksFile.toAbsolutePath();
    this.algorithm = algorithm;
  }

  /** An ES256 issuer. */
  public static LocalTokenIssuer create(String issuer, String audience, Path jwksFile) {
    return create(issuer, audience, jwksFile, JWSAlgorithm.ES256);
  }

  /**
   * An issuer signing with {@code algorithm} (ES256 or RS256). The choice is the identity
   * provider's and costs the services differently: here a JDK verifies RS256 in ~0.07 ms and ES256
   * in ~1 ms (docs/benchmarks/burst.md).
   */
  public static LocalTokenIssuer create(String issuer, String audience, Path jwksFile, JWSAlgorithm algorithm) {
    LocalTokenIssuer tokens = new LocalTokenIssuer(issuer, audience, jwksFile, algorithm);
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
    JWK key = keys.get(keys.size() - 1);
    try {
      SignedJWT jwt = new SignedJWT(
          new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).keyID(key.getKeyID()).build(), claims);
      JWSSigner signer = key instanceof ECKey ec ? new ECDSASigner(ec) : new RSASSASigner((RSAKey) key);
      jwt.sign(signer);
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("signing with a freshly generated P-256 key failed", e);
    }
  }

  /** A new signing key; the previous public keys stay in the JWKS so tokens already issued still verify. */
  public synchronized void rotate() {
    try {
      String id = UUID.randomUUID().toString();
      keys.add(JWSAlgorithm.ES256.equals(algorithm) ? new ECKeyGenerator(Curve.P_256).keyID(id).generate()
          : new RSAKeyGenerator(2048).keyID(id).generate());
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot generate a " + algorithm + " key", e);
    }
    publish();
  }

  /** Drops every public key but the current one from the JWKS: tokens of earlier keys stop verifying. */
  public synchronized void retireOldKeys() {
    JWK current = keys.get(keys.size() - 1);
    keys.clear();
    keys.add(current);
    publish();
  }

  private void publish() {
    List<JWK> publicKeys = keys.stream().map(JWK::toPublicJWK).toList();
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
