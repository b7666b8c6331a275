package dev.walletplatform.walletctl.dlq;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The record a redrive produces: the original key, value and headers, back to the original
 * partition.
 */
final class RedriveCopies {
  static final String ACTION = "walletctl.redrive.action";
  static final String DEAD_LETTER = "walletctl.redrive.of";

  private RedriveCopies() {}

  static ProducerRecord<byte[], byte[]> copyOf(DeadLetter letter, String actionId) {
    RecordHeaders headers = new RecordHeaders();
    for (Header header : letter.originalHeaders()) {
      if (!header.key().startsWith("walletctl.redrive.")) {
        headers.add(header);
      }
    }
    headers.add(ACTION, actionId.getBytes(StandardCharsets.UTF_8));
    headers.add(DEAD_LETTER, letter.id().toString().getBytes(StandardCharsets.UTF_8));
    return new ProducerRecord<>(
        letter.sourceTopic(),
        letter.sourcePartition(),
        null,
        letter.key(),
        letter.value(),
        headers);
  }
}
