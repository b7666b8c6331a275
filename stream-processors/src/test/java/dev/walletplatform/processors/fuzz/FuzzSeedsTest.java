package dev.walletplatform.processors.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletplatform.processors.ledger.MessageDecoder;
import dev.walletplatform.processors.ledger.model.MessageKind;
import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.command.v1.WalletCommand;
import dev.walletplatform.schemas.event.v1.WalletEvent;
import dev.walletplatform.schemas.registry.InMemorySchemaRegistryClient;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import dev.walletplatform.schemas.serde.RecordDecodingException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The committed seeds mean what their names say, so the fuzzer starts from both outcomes. */
class FuzzSeedsTest {
  private static final String COMMANDS = "decodesAScreenedCommandOrDeadLettersIt";
  private static final String EVENTS = "decodesAnEventOrDeadLettersIt";
  private final MessageDecoder decoder = decoder();

  @ParameterizedTest(name = "{0}/{1} -> {2}")
  @CsvSource({
    COMMANDS + ", transfer, TRANSFER",
    COMMANDS + ", withdrawal, WITHDRAWAL",
    COMMANDS + ", claim-with-device, GIVEAWAY_CLAIM",
    COMMANDS + ", transfer-with-trace-header, TRANSFER",
    COMMANDS + ", transfer-without-key, TRANSFER",
    EVENTS + ", wallet-opened, WALLET_OPENED",
    EVENTS + ", deposit, DEPOSIT",
    EVENTS + ", withdrawal-settled, WITHDRAWAL_SETTLED",
    EVENTS + ", withdrawal-failed, WITHDRAWAL_FAILED",
    EVENTS + ", campaign-opened, CAMPAIGN_OPENED",
  })
  void aValidSeedDecodes(String method, String seed, MessageKind kind) throws IOException {
    assertThat(decoder.decode(FuzzedRecord.parse(read(method, seed)).on(topicOf(method))).kind())
        .isEqualTo(kind);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "wrong-magic-byte",
        "unknown-schema-id",
        "other-topics-schema",
        "truncated-body",
        "truncated-header",
        "trailing-bytes",
        "tombstone",
        "forged-dlq-header"
      })
  void aBrokenSeedIsPoisonOnEitherTopic(String seed) throws IOException {
    for (String method : List.of(COMMANDS, EVENTS)) {
      assertThatThrownBy(
              () -> decoder.decode(FuzzedRecord.parse(read(method, seed)).on(topicOf(method))))
          .as("%s/%s", method, seed)
          .isInstanceOf(RecordDecodingException.class);
    }
  }

  @Test
  void aRecordSurvivesItsByteForm() {
    FuzzedRecord record =
        new FuzzedRecord(
            null,
            List.of(new RecordHeader("h", null), new RecordHeader("i", new byte[] {1})),
            new byte[] {0, 0, 0, 0, 1, 9});
    FuzzedRecord back = FuzzedRecord.parse(record.format());
    assertThat(back.key()).isNull();
    assertThat(back.headers()).isEqualTo(record.headers());
    assertThat(back.value()).isEqualTo(record.value());
    assertThat(FuzzedRecord.parse(new byte[0]).value()).as("any input parses").isEmpty();
  }

  private static String topicOf(String method) {
    return method.equals(COMMANDS) ? Topics.SCREENED_COMMANDS : Topics.EVENTS;
  }

  private static byte[] read(String method, String seed) throws IOException {
    try (InputStream in =
        FuzzSeedsTest.class.getResourceAsStream(
            "MessageDecoderFuzzTestInputs/" + method + "/" + seed)) {
      assertThat(in).as("seed %s/%s", method, seed).isNotNull();
      return in.readAllBytes();
    }
  }

  private static MessageDecoder decoder() {
    SchemaRegistryClient registry = new InMemorySchemaRegistryClient();
    registry.register(
        SchemaRegistryClient.valueSubject(Topics.SCREENED_COMMANDS),
        WalletCommand.getClassSchema());
    registry.register(
        SchemaRegistryClient.valueSubject(Topics.EVENTS), WalletEvent.getClassSchema());
    return new MessageDecoder(registry);
  }
}
