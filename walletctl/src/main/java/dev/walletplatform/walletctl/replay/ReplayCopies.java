package dev.walletplatform.walletctl.replay;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The copy of a record a replay produces: same topic, partition (so per-wallet order holds), key,
 * value and headers; a fresh timestamp (so a later window by time does not pick it up as original),
 * and headers naming the original and the audit action.
 */
final class ReplayCopies {
  static final String ACTION = "walletctl.replay.action";
  static final String ORIGINAL = "walletctl.replay.of";
  static final String ORIGINAL_TIMESTAMP = "walletctl.replay.original-timestamp";

  private ReplayCopies() {}

  static ProducerRecord<byte[], byte[]> copyOf(
      ConsumerRecord<byte[], byte[]> record, String actionId) {
    RecordHeaders headers = new RecordHeaders();
    for (Header header : record.headers()) {
      if (!header.key().startsWith("walletctl.replay.")) {
        headers.add(header);
      }
    }
    headers.add(ACTION, utf8(actionId));
    headers.add(ORIGINAL, utf8(record.topic() + "-" + record.partition() + "@" + record.offset()));
    headers.add(ORIGINAL_TIMESTAMP, utf8(Instant.ofEpochMilli(record.timestamp()).toString()));
    return new ProducerRecord<>(
        record.topic(), record.partition(), null, record.key(), record.value(), headers);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
