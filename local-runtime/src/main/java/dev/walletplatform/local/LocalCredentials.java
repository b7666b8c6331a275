package dev.walletplatform.local;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A bearer token generated for this run only (nothing secret is committed); the services get just
 * its SHA-256, as production stores only hashes.
 */
public record LocalCredentials(String clientId, String token) {
  public static LocalCredentials generate(String clientId) {
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    return new LocalCredentials(clientId, "local-" + HexFormat.of().formatHex(random));
  }

  public String tokenSha256() {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK ships SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "LocalCredentials[clientId=" + clientId + ", token=****]";
  }
}
