package dev.walletplatform.gateway.auth;

import dev.walletplatform.gateway.config.ClientCredential;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Authenticates against configured SHA-256 hashes of tokens. Every configured hash is compared, in
 * constant time, whatever matched: the time taken says nothing about which client or how many bytes
 * were right.
 */
public final class StaticTokenAuthenticator implements Authenticator {
  private final List<Entry> entries;

  private record Entry(String clientId, byte[] tokenHash) {}

  public StaticTokenAuthenticator(List<ClientCredential> credentials) {
    Set<String> seenHashes = new HashSet<>();
    this.entries =
        credentials.stream()
            .map(credential -> {
              if (!seenHashes.add(credential.tokenSha256())) {
                throw new IllegalArgumentException(
                    "auth.clients: the token hash of client '" + credential.clientId()
                        + "' is listed twice; one token must identify one client");
              }
              return new Entry(credential.clientId(), HexFormat.of().parseHex(credential.tokenSha256()));
            })
            .toList();
  }

  @Override
  public Optional<AuthenticatedClient> authenticate(String bearerToken) {
    if (bearerToken == null || bearerToken.isEmpty()) {
      return Optional.empty();
    }
    byte[] presented = sha256(bearerToken);
    String match = null;
    for (Entry entry : entries) {
      if (MessageDigest.isEqual(entry.tokenHash(), presented)) {
        match = entry.clientId();
      }
    }
    return Optional.ofNullable(match).map(AuthenticatedClient::new);
  }

  /** The hex SHA-256 of a token: what {@code auth.clients[].tokenSha256} holds. */
  public static String hashOf(String token) {
    return HexFormat.of().formatHex(sha256(token));
  }

  private static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK ships SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "StaticTokenAuthenticator[clients=" + entries.stream().map(Entry::clientId).distinct().toList() + "]";
  }
}
