package dev.walletplatform.kit.auth.jwt;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.annotation.Nullable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The identity provider's public keys, fetched from a URL or read from a file and kept for {@code
 * keysMaxAge}. A token signed with a key it does not know triggers one refresh (at most every
 * {@code unknownKeyRefreshInterval}), which is how a rotation is picked up without a restart. When
 * a refresh fails the keys already held keep serving until they are replaced: an identity-provider
 * outage must not log every user out.
 */
final class JwksCache implements JWKSource<SecurityContext> {
  private static final Logger LOG = LoggerFactory.getLogger(JwksCache.class);
  private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);
  private static final int MAX_JWKS_BYTES = 256 * 1024;

  private final URI location;
  private final Duration maxAge;
  private final Duration unknownKeyRefreshInterval;
  private final Clock clock;
  private final HttpClient http;

  /** Null until the first successful load. */
  private @Nullable JWKSet keys;

  private Instant loadedAt = Instant.MIN;
  private Instant lastAttempt = Instant.MIN;

  /**
   * Read without the lock by {@link JwtVerifier} to know whether a remembered token is still
   * vouched for.
   */
  private volatile KeySetVersion held = new KeySetVersion(0, Instant.MIN);

  /**
   * Which key set is held: {@code number} changes at every successful load; {@code trustedUntil} is
   * when it is due to be fetched again (a token verified with it is vouched for until then at
   * most).
   */
  record KeySetVersion(long number, Instant trustedUntil) {}

  public JwksCache(JwtSettings settings, Clock clock) {
    this.location = settings.jwks();
    this.maxAge = settings.keysMaxAge();
    this.unknownKeyRefreshInterval = settings.unknownKeyRefreshInterval();
    this.clock = clock;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(FETCH_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public synchronized List<JWK> get(JWKSelector selector, SecurityContext context)
      throws KeySourceException {
    Instant now = clock.instant();
    // stale keys are refetched, but not on every request while the identity provider is down
    if ((keys == null || loadedAt.plus(maxAge).isBefore(now)) && mayAttempt(now)) {
      refresh(now);
    }
    List<JWK> matches = keys == null ? List.of() : selector.select(keys);
    if (matches.isEmpty() && mayAttempt(now)) {
      refresh(now);
      matches = keys == null ? List.of() : selector.select(keys);
    }
    if (keys == null) {
      throw new KeySourceException("no JWKS loaded from " + location + " yet");
    }
    return matches;
  }

  /** The key set held now; see {@link KeySetVersion}. */
  KeySetVersion held() {
    return held;
  }

  private boolean mayAttempt(Instant now) {
    return lastAttempt.equals(Instant.MIN)
        || !lastAttempt.plus(unknownKeyRefreshInterval).isAfter(now);
  }

  private void refresh(Instant now) {
    lastAttempt = now;
    try {
      JWKSet loaded = load();
      for (JWK key : loaded.getKeys()) {
        if (key.isPrivate()) {
          // a private key here means a secret leaked into a public place: do not trust this set
          throw new IOException(
              "the JWKS at "
                  + location
                  + " holds a private key (kid "
                  + key.getKeyID()
                  + "); it must publish public keys only");
        }
      }
      keys = loaded;
      loadedAt = now;
      held = new KeySetVersion(held.number() + 1, now.plus(maxAge));
    } catch (IOException | ParseException e) {
      LOG.warn(
          "could not refresh the JWKS from {}; keeping {} key(s) loaded at {}: {}",
          location,
          keys == null ? 0 : keys.getKeys().size(),
          keys == null ? "never" : loadedAt,
          e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private JWKSet load() throws IOException, ParseException, InterruptedException {
    if ("file".equals(location.getScheme())) {
      Path file = Path.of(location);
      if (Files.size(file) > MAX_JWKS_BYTES) {
        throw new IOException(file + " is larger than " + MAX_JWKS_BYTES + " bytes: not a JWKS");
      }
      return JWKSet.parse(Files.readString(file));
    }
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(location)
                .timeout(FETCH_TIMEOUT)
                .header("Accept", "application/json")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("GET " + location + " answered " + response.statusCode());
    }
    if (response.body().length() > MAX_JWKS_BYTES) {
      throw new IOException(
          "GET " + location + " returned more than " + MAX_JWKS_BYTES + " bytes: not a JWKS");
    }
    return JWKSet.parse(response.body());
  }
}
