package dev.walletplatform.domain.id;

import dev.walletplatform.domain.error.ErrorCode;
import dev.walletplatform.domain.error.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Command ids are derived, not random: a name-based UUID (version 5, RFC 9562) of the client and
 * its idempotency key. Any gateway pod, before or after a crash, gives a retried request the same
 * id, so the ledger can apply it once even when the client never saw the first answer.
 */
public final class CommandIds {
  /** Fixed namespace of this platform's command ids; changing it would break idempotency. */
  private static final UUID NAMESPACE = UUID.fromString("6f1c2a52-8a40-4c5e-9b53-1d2f0a7c9e11");

  private CommandIds() {}

  public static UUID derive(String clientId, IdempotencyKey key) {
    byte[] name = (clientId + '\n' + key.value()).getBytes(StandardCharsets.UTF_8);
    byte[] hash = sha1(NAMESPACE, name);
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
    ByteBuffer buffer = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(buffer.getLong(), buffer.getLong());
  }

  /** Parses a command id from a URL, reporting {@link ErrorCode#INVALID_COMMAND_ID}. */
  public static UUID parse(String text, String field) {
    if (text == null || text.length() != 36) {
      throw new InvalidInputException(
          ErrorCode.INVALID_COMMAND_ID, field, field + " must be a UUID");
    }
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          ErrorCode.INVALID_COMMAND_ID, field, field + " must be a UUID");
    }
  }

  private static byte[] sha1(UUID namespace, byte[] name) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-1");
      ByteBuffer ns = ByteBuffer.allocate(16);
      ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
      digest.update(ns.array());
      digest.update(name);
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK ships SHA-1", e);
    }
  }
}
