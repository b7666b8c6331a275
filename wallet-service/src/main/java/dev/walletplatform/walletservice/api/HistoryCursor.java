package dev.walletplatform.walletservice.api;

import dev.walletplatform.domain.error.ErrorCode;
import dev.walletplatform.domain.error.InvalidInputException;
import dev.walletplatform.domain.id.WalletId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.zip.CRC32;

/**
 * Where the next history page starts: below {@code beforeSeq}, the last entry the previous page
 * showed. Clients see it as opaque base64url text: version (1 byte), beforeSeq (8), a tag of the
 * wallet it was issued for (8) and a CRC-32 of those (4). The tag makes a cursor useless on another
 * wallet; the CRC catches truncation and typos. It is not a MAC: a forged cursor can only move the
 * start within the one wallet the caller asks for, which it may read anyway.
 */
record HistoryCursor(long beforeSeq) {
  static final byte VERSION = 1;
  private static final int LENGTH = 1 + Long.BYTES + Long.BYTES + Integer.BYTES;

  /** Longer text is refused before decoding; a version 1 cursor is 28 characters. */
  private static final int MAX_TEXT_LENGTH = 64;

  public HistoryCursor {
    if (beforeSeq < 1) {
      throw new IllegalArgumentException("a cursor points below an entry >= 1, was: " + beforeSeq);
    }
  }

  public String encode(WalletId wallet) {
    ByteBuffer bytes = ByteBuffer.allocate(LENGTH);
    bytes.put(VERSION).putLong(beforeSeq).putLong(tagOf(wallet));
    bytes.putInt(crcOf(bytes.array()));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
  }

  /** Parses a cursor this service issued for {@code wallet}, or fails with INVALID_CURSOR. */
  public static HistoryCursor decode(String text, WalletId wallet) {
    if (text.isEmpty() || text.length() > MAX_TEXT_LENGTH) {
      throw invalid("cursor must be a next_cursor value this service returned");
    }
    byte[] raw;
    try {
      raw = Base64.getUrlDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw invalid("cursor is not base64url text");
    }
    if (raw.length != LENGTH || raw[0] != VERSION) {
      throw invalid("cursor has an unknown version or length; start again without a cursor");
    }
    ByteBuffer bytes = ByteBuffer.wrap(raw);
    bytes.position(1);
    long beforeSeq = bytes.getLong();
    long tag = bytes.getLong();
    if (bytes.getInt() != crcOf(raw) || beforeSeq < 1) {
      throw invalid("cursor is damaged (checksum mismatch)");
    }
    if (tag != tagOf(wallet)) {
      throw invalid("cursor was issued for another wallet than " + wallet);
    }
    return new HistoryCursor(beforeSeq);
  }

  /** CRC-32 over everything before the checksum itself. */
  private static int crcOf(byte[] raw) {
    CRC32 crc = new CRC32();
    crc.update(raw, 0, LENGTH - Integer.BYTES);
    return (int) crc.getValue();
  }

  private static long tagOf(WalletId wallet) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(wallet.value().getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(hash).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK ships SHA-256", e);
    }
  }

  private static InvalidInputException invalid(String message) {
    return new InvalidInputException(ErrorCode.INVALID_CURSOR, "cursor", message);
  }
}
