package dev.walletplatform.processors.deadletter;

import dev.walletplatform.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Builds the dead-letter record: the original key and value bytes unchanged (so an operator can
 * redrive it as it was), the original headers, and the error and source position in {@code dlq.*}
 * headers (UTF-8 text).
 */
public final class DeadLetterRecords {
  public static final String ERROR_CODE = "dlq.error.code";
  public static final String ERROR_MESSAGE = "dlq.error.message";
  public static final String ERROR_CLASS = "dlq.error.class";
  public static final String SOURCE_TOPIC = "dlq.source.topic";
  public static final String SOURCE_PARTITION = "dlq.source.partition";
  public static final String SOURCE_OFFSET = "dlq.source.offset";
  public static final String FAILED_AT = "dlq.failed.at";

  /**
   * Headers are not for stack traces: enough to read the cause, bounded so one record stays small.
   */
  static final int MAX_MESSAGE_LENGTH = 2000;

  private static final int MAX_CAUSES = 8;

  private DeadLetterRecords() {}

  public static ProducerRecord<byte[], byte[]> toRecord(DeadLetter letter, Instant failedAt) {
    ConsumerRecord<byte[], byte[]> source = letter.source();
    return toRecord(
        source.topic(),
        source.partition(),
        source.offset(),
        source.key(),
        source.value(),
        source.headers(),
        letter.code(),
        letter.error(),
        failedAt);
  }

  /**
   * The same record from its parts: what a Kafka Streams error handler knows of the record at
   * fault.
   */
  public static ProducerRecord<byte[], byte[]> toRecord(
      String topic,
      int partition,
      long offset,
      byte[] key,
      byte[] value,
      Iterable<Header> originalHeaders,
      DeadLetterCode code,
      Throwable error,
      Instant failedAt) {
    RecordHeaders headers = new RecordHeaders();
    for (Header header : originalHeaders) {
      if (!header.key().startsWith("dlq.")) {
        headers.add(header);
      }
    }
    headers.add(ERROR_CODE, utf8(code.name()));
    headers.add(ERROR_MESSAGE, utf8(describe(error)));
    headers.add(ERROR_CLASS, utf8(error.getClass().getName()));
    headers.add(SOURCE_TOPIC, utf8(topic));
    headers.add(SOURCE_PARTITION, utf8(Integer.toString(partition)));
    headers.add(SOURCE_OFFSET, utf8(Long.toString(offset)));
    headers.add(FAILED_AT, utf8(failedAt.toString()));
    return new ProducerRecord<>(Topics.DEAD_LETTERS, null, key, value, headers);
  }

  /** The error's message followed by each cause's, so a wrapped SQLSTATE stays visible. */
  static String describe(Throwable error) {
    StringBuilder text = new StringBuilder(String.valueOf(error.getMessage()));
    int depth = 0;
    for (Throwable cause = error.getCause();
        cause != null && depth++ < MAX_CAUSES;
        cause = cause.getCause()) {
      text.append(" | caused by ")
          .append(cause.getClass().getSimpleName())
          .append(": ")
          .append(cause.getMessage());
    }
    return text.length() <= MAX_MESSAGE_LENGTH
        ? text.toString()
        : text.substring(0, MAX_MESSAGE_LENGTH - 1) + "…";
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
