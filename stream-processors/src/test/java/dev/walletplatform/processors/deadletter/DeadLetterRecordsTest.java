package dev.walletplatform.processors.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.serde.RecordDecodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

class DeadLetterRecordsTest {
  private static final Instant FAILED_AT = Instant.parse("2026-05-01T12:00:00Z");

  @Test
  void keepsTheOriginalBytesAndPutsTheErrorAndSourceInHeaders() {
    byte[] key = "alice".getBytes(StandardCharsets.UTF_8);
    byte[] value = {1, 2, 3};
    ConsumerRecord<byte[], byte[]> source =
        new ConsumerRecord<>(Topics.COMMANDS, 7, 4242L, key, value);
    source.headers().add("trace-id", "abc".getBytes(StandardCharsets.UTF_8));

    ProducerRecord<byte[], byte[]> letter =
        DeadLetterRecords.toRecord(
            new DeadLetter(
                source,
                DeadLetterCode.DECODING_FAILED,
                new RecordDecodingException("bad magic byte")),
            FAILED_AT);

    assertThat(letter.topic()).isEqualTo(Topics.DEAD_LETTERS);
    assertThat(letter.key()).isSameAs(key);
    assertThat(letter.value()).isSameAs(value);
    assertThat(headers(letter))
        .containsEntry("trace-id", "abc")
        .containsEntry(DeadLetterRecords.ERROR_CODE, "DECODING_FAILED")
        .containsEntry(DeadLetterRecords.ERROR_MESSAGE, "bad magic byte")
        .containsEntry(DeadLetterRecords.ERROR_CLASS, RecordDecodingException.class.getName())
        .containsEntry(DeadLetterRecords.SOURCE_TOPIC, Topics.COMMANDS)
        .containsEntry(DeadLetterRecords.SOURCE_PARTITION, "7")
        .containsEntry(DeadLetterRecords.SOURCE_OFFSET, "4242")
        .containsEntry(DeadLetterRecords.FAILED_AT, "2026-05-01T12:00:00Z");
  }

  @Test
  void namesTheCauseChainAndBoundsTheMessage() {
    Exception error =
        new IllegalStateException(
            "apply failed", new java.sql.SQLException("value too long", "22001"));
    assertThat(DeadLetterRecords.describe(error))
        .isEqualTo("apply failed | caused by SQLException: value too long");
    assertThat(DeadLetterRecords.describe(new RuntimeException("x".repeat(10_000))))
        .hasSize(DeadLetterRecords.MAX_MESSAGE_LENGTH);
  }

  @Test
  void replacesDeadLetterHeadersOfARedrivenRecord() {
    ConsumerRecord<byte[], byte[]> source =
        new ConsumerRecord<>(Topics.EVENTS, 0, 1L, null, new byte[] {9});
    source.headers().add(DeadLetterRecords.ERROR_CODE, "OLD".getBytes(StandardCharsets.UTF_8));
    ProducerRecord<byte[], byte[]> letter =
        DeadLetterRecords.toRecord(
            new DeadLetter(source, DeadLetterCode.APPLY_FAILED, new IllegalStateException("boom")),
            FAILED_AT);
    assertThat(letter.headers().headers(DeadLetterRecords.ERROR_CODE)).hasSize(1);
    assertThat(headers(letter)).containsEntry(DeadLetterRecords.ERROR_CODE, "APPLY_FAILED");
  }

  private static Map<String, String> headers(ProducerRecord<byte[], byte[]> record) {
    Map<String, String> map = new HashMap<>();
    for (Header header : record.headers()) {
      map.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
    }
    return map;
  }
}
