package dev.walletplatform.walletctl.dlq;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A record of wallet.deadletters.v1 as the applier wrote it: the original key and value bytes, the
 * original headers, and the error and source position from its {@code dlq.*} headers.
 */
record DeadLetter(
    DeadLetterId id,
    Instant timestamp,
    byte[] key,
    byte[] value,
    List<Header> originalHeaders,
    String code,
    String message,
    String errorClass,
    String sourceTopic,
    int sourcePartition,
    long sourceOffset,
    Instant failedAt) {

  /**
   * Header names: the applier's contract (stream-processors DeadLetterRecords), checked by a test.
   */
  static final String ERROR_CODE = "dlq.error.code";

  static final String ERROR_MESSAGE = "dlq.error.message";
  static final String ERROR_CLASS = "dlq.error.class";
  static final String SOURCE_TOPIC = "dlq.source.topic";
  static final String SOURCE_PARTITION = "dlq.source.partition";
  static final String SOURCE_OFFSET = "dlq.source.offset";
  static final String FAILED_AT = "dlq.failed.at";

  static DeadLetter from(ConsumerRecord<byte[], byte[]> record) {
    List<Header> original = new ArrayList<>();
    for (Header header : record.headers()) {
      if (!header.key().startsWith("dlq.")) {
        original.add(header);
      }
    }
    Instant timestamp = Instant.ofEpochMilli(record.timestamp());
    return new DeadLetter(
        new DeadLetterId(record.partition(), record.offset()),
        timestamp,
        record.key(),
        record.value(),
        List.copyOf(original),
        text(record, ERROR_CODE, "UNKNOWN"),
        text(record, ERROR_MESSAGE, ""),
        text(record, ERROR_CLASS, ""),
        text(record, SOURCE_TOPIC, ""),
        (int) number(record, SOURCE_PARTITION),
        number(record, SOURCE_OFFSET),
        time(text(record, FAILED_AT, ""), timestamp));
  }

  /** The original position, e.g. {@code wallet.commands.v1-2@118}. */
  public String source() {
    return sourceTopic + "-" + sourcePartition + "@" + sourceOffset;
  }

  public String keyText() {
    return key == null ? "(null)" : new String(key, StandardCharsets.UTF_8);
  }

  private static String text(ConsumerRecord<byte[], byte[]> record, String name, String fallback) {
    Header header = record.headers().lastHeader(name);
    return header == null || header.value() == null
        ? fallback
        : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static long number(ConsumerRecord<byte[], byte[]> record, String name) {
    try {
      return Long.parseLong(text(record, name, "-1"));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static Instant time(String text, Instant fallback) {
    try {
      return text.isEmpty() ? fallback : Instant.parse(text);
    } catch (DateTimeParseException e) {
      return fallback;
    }
  }
}
