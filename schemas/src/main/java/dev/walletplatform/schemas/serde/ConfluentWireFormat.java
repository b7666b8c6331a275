package dev.walletplatform.schemas.serde;

import java.nio.ByteBuffer;

/** The five-byte header every Confluent-compatible consumer expects: magic byte 0, schema id. */
final class ConfluentWireFormat {
  static final byte MAGIC_BYTE = 0;
  static final int HEADER_LENGTH = 5;

  private ConfluentWireFormat() {}

  /** The schema id in {@code bytes}, or a {@link RecordDecodingException} saying what is wrong. */
  static int schemaId(String topic, byte[] bytes) {
    if (bytes.length < HEADER_LENGTH) {
      throw new RecordDecodingException(
          "record on "
              + topic
              + " has "
              + bytes.length
              + " bytes, fewer than the 5-byte wire-format header");
    }
    if (bytes[0] != MAGIC_BYTE) {
      throw new RecordDecodingException(
          "record on "
              + topic
              + " starts with byte "
              + bytes[0]
              + ", not the wire-format magic byte 0");
    }
    return ByteBuffer.wrap(bytes, 1, 4).getInt();
  }
}
