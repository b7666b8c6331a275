package dev.walletplatform.walletctl.dlq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletplatform.processors.deadletter.DeadLetterRecords;
import dev.walletplatform.walletctl.UsageException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class DeadLetterTest {
  @Test
  void readsTheHeaderNamesTheApplierWrites() {
    assertThat(DeadLetter.ERROR_CODE).isEqualTo(DeadLetterRecords.ERROR_CODE);
    assertThat(DeadLetter.ERROR_MESSAGE).isEqualTo(DeadLetterRecords.ERROR_MESSAGE);
    assertThat(DeadLetter.ERROR_CLASS).isEqualTo(DeadLetterRecords.ERROR_CLASS);
    assertThat(DeadLetter.SOURCE_TOPIC).isEqualTo(DeadLetterRecords.SOURCE_TOPIC);
    assertThat(DeadLetter.SOURCE_PARTITION).isEqualTo(DeadLetterRecords.SOURCE_PARTITION);
    assertThat(DeadLetter.SOURCE_OFFSET).isEqualTo(DeadLetterRecords.SOURCE_OFFSET);
    assertThat(DeadLetter.FAILED_AT).isEqualTo(DeadLetterRecords.FAILED_AT);
  }

  @Test
  void redrivesTheOriginalBytesAndHeadersToTheSourcePartition() {
    RecordHeaders headers = new RecordHeaders();
    headers.add(new RecordHeader("traceparent", utf8("00-abc-01")));
    headers.add(new RecordHeader(DeadLetterRecords.ERROR_CODE, utf8("APPLY_FAILED")));
    headers.add(new RecordHeader(DeadLetterRecords.SOURCE_TOPIC, utf8("wallet.commands.v1")));
    headers.add(new RecordHeader(DeadLetterRecords.SOURCE_PARTITION, utf8("2")));
    headers.add(new RecordHeader(DeadLetterRecords.SOURCE_OFFSET, utf8("118")));
    headers.add(new RecordHeader(DeadLetterRecords.FAILED_AT, utf8("2026-03-14T09:10:00Z")));
    ConsumerRecord<byte[], byte[]> record =
        new ConsumerRecord<>(
            "wallet.deadletters.v1",
            0,
            17,
            0L,
            TimestampType.CREATE_TIME,
            0,
            0,
            utf8("alice"),
            new byte[] {0, 0, 0, 0, 7, 1},
            headers,
            Optional.empty());

    DeadLetter letter = DeadLetter.from(record);
    ProducerRecord<byte[], byte[]> copy = RedriveCopies.copyOf(letter, "action-1");

    assertThat(letter.id()).hasToString("0-17");
    assertThat(letter.source()).isEqualTo("wallet.commands.v1-2@118");
    assertThat(letter.failedAt()).isEqualTo(Instant.parse("2026-03-14T09:10:00Z"));
    assertThat(copy.topic()).isEqualTo("wallet.commands.v1");
    assertThat(copy.partition()).isEqualTo(2);
    assertThat(copy.key()).isEqualTo(utf8("alice"));
    assertThat(copy.value()).isEqualTo(new byte[] {0, 0, 0, 0, 7, 1});
    assertThat(copy.headers().lastHeader("traceparent").value()).isEqualTo(utf8("00-abc-01"));
    assertThat(copy.headers().lastHeader(DeadLetterRecords.ERROR_CODE))
        .as("dlq headers stay behind")
        .isNull();
    assertThat(copy.headers().lastHeader(RedriveCopies.DEAD_LETTER).value())
        .isEqualTo(utf8("0-17"));
  }

  @Test
  void parsesIdsAsListed() {
    assertThat(DeadLetterId.parse("0-17")).isEqualTo(new DeadLetterId(0, 17));
    assertThat(DeadLetterId.parse(" 3-0 ")).isEqualTo(new DeadLetterId(3, 0));
    assertThatThrownBy(() -> DeadLetterId.parse("0:17"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("<partition>-<offset>");
    assertThatThrownBy(() -> DeadLetterId.parse("-1-2")).isInstanceOf(UsageException.class);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
