package dev.walletplatform.kit.auth.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.walletplatform.kit.auth.Caller;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Verifies a mobile client's bearer JWT: signature by a key of the identity provider's JWKS (RS256
 * or ES256 only — never {@code none}, never HMAC, whatever the header says), then issuer, audience,
 * expiry and not-before with a small clock skew, then the claims this platform needs.
 */
public final class JwtVerifier {
  /**
   * Same format as wallet ids elsewhere; a malformed one in a token is the issuer's bug, refused.
   */
  private static final Pattern WALLET_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{2,63}");

  private static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);

  private final JwtSettings settings;
  private final Clock clock;
  private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
  private final JwksCache keys;
  private final VerifiedTokenCache verified;

  public JwtVerifier(JwtSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.keys = new JwksCache(settings, clock);
    this.verified = new VerifiedTokenCache(settings.verifiedTokenCacheSize());
    processor.setJWSTypeVerifier(
        new DefaultJOSEObjectTypeVerifier<>(
            JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
    // claims are checked below, each with its own problem code, against this verifier's clock
    processor.setJWTClaimsSetVerifier(null);
  }

  public Caller verify(String token) throws InvalidTokenException {
    if (token.length() > settings.maxTokenLength()) {
      throw new InvalidTokenException(TokenProblem.TOO_LONG, token.length() + " characters");
    }
    Instant now = clock.instant();
    // read before verifying: a refresh in between only makes the remembered entry stale sooner
    JwksCache.KeySetVersion keySet = keys.held();
    Optional<Caller> known = verified.find(token, now, keySet.number());
    if (known.isPresent()) {
      return known.get();
    }
    JWTClaimsSet claims = verifiedClaims(token);
    Instant expiry = checkTimes(claims, now);
    Caller caller = checkedCaller(claims);
    Instant validUntil = expiry.isBefore(keySet.trustedUntil()) ? expiry : keySet.trustedUntil();
    verified.remember(token, caller, validUntil, keySet.number(), now);
    return caller;
  }

  /** How many verified tokens are remembered (for tests and diagnostics). */
  int rememberedTokens() {
    return verified.size();
  }

  private Caller checkedCaller(JWTClaimsSet claims) throws InvalidTokenException {
    if (!settings.issuer().equals(claims.getIssuer())) {
      throw new InvalidTokenException(TokenProblem.WRONG_ISSUER, "iss " + claims.getIssuer());
    }
    List<String> audience = claims.getAudience();
    if (audience == null || !audience.contains(settings.audience())) {
      throw new InvalidTokenException(TokenProblem.WRONG_AUDIENCE, "aud " + audience);
    }
    String subject = claims.getSubject();
    if (subject == null || subject.isBlank()) {
      throw new InvalidTokenException(TokenProblem.MISSING_CLAIM, "sub");
    }
    return new Caller(subject, clientId(claims, subject), wallets(claims));
  }

  private JWTClaimsSet verifiedClaims(String token) throws InvalidTokenException {
    try {
      // the algorithm is decided here, before any key is looked at: a token cannot choose "none"
      // or an HMAC keyed with our public key
      if (!(JWTParser.parse(token) instanceof SignedJWT signed)) {
        throw new InvalidTokenException(TokenProblem.DISALLOWED_HEADER, "not a signed JWT");
      }
      if (!ALGORITHMS.contains(signed.getHeader().getAlgorithm())) {
        throw new InvalidTokenException(
            TokenProblem.DISALLOWED_HEADER, "alg " + signed.getHeader().getAlgorithm());
      }
      return processor.process(signed, null);
    } catch (ParseException e) {
      throw new InvalidTokenException(TokenProblem.MALFORMED, e.getMessage(), e);
    } catch (BadJWSException e) {
      throw new InvalidTokenException(TokenProblem.BAD_SIGNATURE, e.getMessage(), e);
    } catch (BadJOSEException e) {
      TokenProblem problem =
          e.getMessage() != null && e.getMessage().contains("no matching key")
              ? TokenProblem.UNKNOWN_KEY
              : TokenProblem.DISALLOWED_HEADER;
      throw new InvalidTokenException(problem, e.getMessage(), e);
    } catch (JOSEException e) {
      // KeySourceException (keys never loaded) is one; so is a key unfit for its algorithm
      throw new InvalidTokenException(TokenProblem.KEYS_UNAVAILABLE, e.getMessage(), e);
    }
  }

  /**
   * @return until when the token is valid, skew included
   */
  private Instant checkTimes(JWTClaimsSet claims, Instant now) throws InvalidTokenException {
    Date expiry = claims.getExpirationTime();
    if (expiry == null || claims.getIssueTime() == null) {
      throw new InvalidTokenException(TokenProblem.MISSING_CLAIM, expiry == null ? "exp" : "iat");
    }
    if (!expiry.toInstant().plus(settings.clockSkew()).isAfter(now)) {
      throw new InvalidTokenException(
          TokenProblem.EXPIRED, "exp " + expiry.toInstant() + ", now " + now);
    }
    Date notBefore = claims.getNotBeforeTime();
    if (notBefore != null && notBefore.toInstant().minus(settings.clockSkew()).isAfter(now)) {
      throw new InvalidTokenException(
          TokenProblem.NOT_YET_VALID, "nbf " + notBefore.toInstant() + ", now " + now);
    }
    return expiry.toInstant().plus(settings.clockSkew());
  }

  private static String clientId(JWTClaimsSet claims, String subject) throws InvalidTokenException {
    try {
      String clientId = claims.getStringClaim("client_id");
      if (clientId == null) {
        clientId = claims.getStringClaim("azp");
      }
      return clientId == null || clientId.isBlank() ? subject : clientId;
    } catch (ParseException e) {
      throw new InvalidTokenException(TokenProblem.MALFORMED, "client_id/azp is not a string", e);
    }
  }

  private Set<String> wallets(JWTClaimsSet claims) throws InvalidTokenException {
    List<String> wallets;
    try {
      wallets = claims.getStringListClaim("wallets");
    } catch (ParseException e) {
      throw new InvalidTokenException(
          TokenProblem.BAD_WALLETS_CLAIM, "wallets is not an array of strings", e);
    }
    if (wallets == null) {
      return Set.of();
    }
    if (wallets.size() > settings.maxWallets()) {
      throw new InvalidTokenException(
          TokenProblem.BAD_WALLETS_CLAIM,
          wallets.size() + " wallets, at most " + settings.maxWallets());
    }
    Set<String> owned = new HashSet<>();
    for (String wallet : wallets) {
      if (wallet == null || !WALLET_ID.matcher(wallet).matches()) {
        throw new InvalidTokenException(
            TokenProblem.BAD_WALLETS_CLAIM, "not a wallet id: " + wallet);
      }
      owned.add(wallet);
    }
    return owned;
  }
}
