package dev.walletplatform.kit.auth.jwt;

import dev.walletplatform.kit.auth.Caller;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens already verified, so a mobile client's token — sent with every request for its whole
 * lifetime — has its signature checked once per pod rather than once per request (the RS256 check
 * and the JWT parse were a quarter of the gateway's CPU under load). Envoy's jwt_authn and API
 * gateways keep the same kind of cache.
 *
 * <p>An entry is the exact token string, so a hit means the same header, claims and signature bytes
 * that passed before. It is honoured only while the token has not expired and while the key set
 * that verified it is the one held and still within its maximum age: a key rotation or revocation
 * picked up by a refresh re-verifies every cached token, exactly as without the cache. Refusals are
 * never cached. Bounded: when full, expired and stale entries go, and if that frees nothing the
 * cache starts over (each token then costs one verification again).
 */
final class VerifiedTokenCache {
  private record Entry(Caller caller, Instant validUntil, long keySetVersion) {}

  private final int maxEntries;
  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  /**
   * @param maxEntries 0 turns caching off
   */
  VerifiedTokenCache(int maxEntries) {
    if (maxEntries < 0) {
      throw new IllegalArgumentException("maxEntries must be >= 0, was " + maxEntries);
    }
    this.maxEntries = maxEntries;
  }

  Optional<Caller> find(String token, Instant now, long keySetVersion) {
    Entry entry = entries.get(token);
    if (entry == null) {
      return Optional.empty();
    }
    if (!now.isBefore(entry.validUntil()) || entry.keySetVersion() != keySetVersion) {
      entries.remove(token, entry);
      return Optional.empty();
    }
    return Optional.of(entry.caller());
  }

  /**
   * @param validUntil the earlier of the token's expiry (with skew) and its key set's end of trust
   */
  void remember(String token, Caller caller, Instant validUntil, long keySetVersion, Instant now) {
    if (maxEntries == 0 || !now.isBefore(validUntil)) {
      return;
    }
    if (entries.size() >= maxEntries) {
      entries
          .values()
          .removeIf(e -> !now.isBefore(e.validUntil()) || e.keySetVersion() != keySetVersion);
      if (entries.size() >= maxEntries) {
        entries.clear();
      }
    }
    entries.put(token, new Entry(caller, validUntil, keySetVersion));
  }

  int size() {
    return entries.size();
  }
}
