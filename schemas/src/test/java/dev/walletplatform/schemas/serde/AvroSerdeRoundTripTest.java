package dev.walletplatform.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.command.v1.WalletCommand;
import dev.walletplatform.schemas.event.v1.WalletEvent;
import dev.walletplatform.schemas.registry.InMemorySchemaRegistryClient;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import dev.walletplatform.schemas.result.v1.CommandResult;
import java.nio.ByteBuffer;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AvroSerdeRoundTripTest {
  private final SchemaRegistryClient registry = new InMemorySchemaRegistryClient();

  static Stream<Arguments> envelopes() {
    return Stream.of(
            EnvelopeSamples.commands().stream()
                .map(c -> Arguments.of(Topics.COMMANDS, WalletCommand.class, c)),
            EnvelopeSamples.events().stream()
                .map(e -> Arguments.of(Topics.EVENTS, WalletEvent.class, e)),
            EnvelopeSamples.results().stream()
                .map(r -> Arguments.of(Topics.RESULTS, CommandResult.class, r)))
        .flatMap(s -> s);
  }

  @ParameterizedTest(name = "{1} on {0}: {2}")
  @MethodSource("envelopes")
  <T extends SpecificRecord> void readsBackEveryEnvelopeAsWritten(
      String topic, Class<T> type, T record) {
    byte[] bytes = new AvroSerializer<T>(registry).serialize(topic, record);

    T read = new AvroDeserializer<>(registry, type).deserialize(topic, bytes);

    assertThat(read).isEqualTo(record);
    assertThat(read.toString()).isEqualTo(record.toString());
  }

  @Test
  void writesMagicByteZeroThenTheBigEndianIdRegisteredUnderTheTopicValueSubject() {
    registry.register(
        "some-other-subject", CommandResult.getClassSchema()); // ids are global: this takes id 1
    registry.register("yet-another-subject", WalletEvent.getClassSchema());
    WalletCommand command = EnvelopeSamples.commands().get(0);

    byte[] bytes = new AvroSerializer<WalletCommand>(registry).serialize(Topics.COMMANDS, command);

    int id =
        registry.register(
            SchemaRegistryClient.valueSubject(Topics.COMMANDS), WalletCommand.getClassSchema());
    assertThat(id).isEqualTo(3);
    assertThat(bytes[0]).isZero();
    assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);
    assertThat(bytes.length).isGreaterThan(ConfluentWireFormat.HEADER_LENGTH);
  }

  @Test
  void passesNullThroughAsATombstone() {
    assertThat(new AvroSerializer<WalletCommand>(registry).serialize(Topics.COMMANDS, null))
        .isNull();
    assertThat(
            new AvroDeserializer<>(registry, WalletCommand.class)
                .deserialize(Topics.COMMANDS, null))
        .isNull();
  }
}
