package dev.walletplatform.processors.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

/**
 * A consumed record spelled as one byte string, so the fuzzer mutates key, headers and value alike
 * and a seed file is a record anyone can rebuild:
 *
 * <pre>
 * flags      1 byte   bit 0: null key, bit 1: null value (a tombstone), bits 2-4: header count
 * key        1 byte length, then the key
 * header     1 byte name length (low 6 bits), the name (UTF-8), 1 byte value length (255: null), the value
 * value      every byte left
 * </pre>
 *
 * Any input parses: what runs short is cut where the input ends.
 */
record FuzzedRecord(byte[] key, List<Header> headers, byte[] value) {
  static final int PARTITION = 7;
  static final long OFFSET = 42;
  private static final int NULL_KEY = 1;
  private static final int NULL_VALUE = 2;
  private static final int NULL_HEADER_VALUE = 255;

  static FuzzedRecord parse(byte[] input) {
    Reader in = new Reader(input);
    int flags = in.next();
    byte[] key = in.bytes(in.next());
    int headerCount = (flags >> 2) & 7;
    List<Header> headers = new ArrayList<>();
    for (int i = 0; i < headerCount && in.more(); i++) {
      String name = new String(in.bytes(in.next() & 0x3f), StandardCharsets.UTF_8);
      int length = in.next();
      headers.add(new RecordHeader(name, length == NULL_HEADER_VALUE ? null : in.bytes(length)));
    }
    byte[] value = in.rest();
    return new FuzzedRecord(
        (flags & NULL_KEY) != 0 ? null : key, headers, (flags & NULL_VALUE) != 0 ? null : value);
  }

  /** The input that parses back to this record (for writing seeds). */
  byte[] format() {
    if (headers.size() > 7 || (key != null && key.length > 255)) {
      throw new IllegalArgumentException("at most 7 headers and a key of 255 bytes fit the format");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(
        (key == null ? NULL_KEY : 0) | (value == null ? NULL_VALUE : 0) | headers.size() << 2);
    out.write(key == null ? 0 : key.length);
    out.writeBytes(key == null ? new byte[0] : key);
    for (Header header : headers) {
      byte[] name = header.key().getBytes(StandardCharsets.UTF_8);
      out.write(name.length);
      out.writeBytes(name);
      out.write(header.value() == null ? NULL_HEADER_VALUE : header.value().length);
      out.writeBytes(header.value() == null ? new byte[0] : header.value());
    }
    out.writeBytes(value == null ? new byte[0] : value);
    return out.toByteArray();
  }

  ConsumerRecord<byte[], byte[]> on(String topic) {
    return new ConsumerRecord<>(
        topic,
        PARTITION,
        OFFSET,
        1_777_000_000_000L,
        TimestampType.CREATE_TIME,
        key == null ? -1 : key.length,
        value == null ? -1 : value.length,
        key,
        value,
        new RecordHeaders(headers),
        Optional.empty());
  }

  @Override
  public String toString() {
    return "FuzzedRecord[key="
        + Arrays.toString(key)
        + ", headers="
        + headers
        + ", value="
        + Arrays.toString(value)
        + "]";
  }

  private static final class Reader {
    private final byte[] input;
    private int position;

    Reader(byte[] input) {
      this.input = input;
    }

    boolean more() {
      return position < input.length;
    }

    int next() {
      return more() ? input[position++] & 0xff : 0;
    }

    byte[] bytes(int length) {
      int end = Math.min(input.length, position + length);
      byte[] bytes = Arrays.copyOfRange(input, position, end);
      position = end;
      return bytes;
    }

    byte[] rest() {
      return bytes(input.length - position);
    }
  }
}
