package dev.walletplatform.walletservice.auth;

import dev.walletplatform.walletservice.config.ClientCredential;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

/**
 * Finds the client a bearer token belongs to by comparing SHA-256 hashes in constant time. Every
 * configured client is compared, even after a match, so the time taken says nothing about which
 * client (or how much of a hash) matched.
 */
public final class TokenVerifier {
  /** Longer tokens are refused unhashed: nobody issues them and hashing megabytes is free work for an attacker. */
  static final int MAX_TOKEN_LENGTH = 512;

  private final List<Client> clients;

  public TokenVerifier(List<ClientCredential> credentials) {
    this.clients = credentials.stream().map(c -> new Client(c.clientId(), c.tokenHash())).toList();
  }

  /** The client id owning {@code token}, or empty. */
  public Optional<String> clientFor(String token) {
    if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
      return Optional.empty();
    }
    byte[] presented = sha256(token);
    String found = null;
    for (Client client : clients) {
      if (MessageDigest.isEqual(presented, client.hash()) && found == null) {
        found = client.id();
      }
    }
    return Optional.ofNullable(found);
  }

  static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK ships SHA-256", e);
    }
  }

  private record Client(String id, byte[] hash) {}
}
