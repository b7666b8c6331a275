package dev.walletplatform.schemas.serde;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.command.v1.WalletCommand;
import dev.walletplatform.schemas.registry.InMemorySchemaRegistryClient;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Bytes that are not a record of the contract are poison: one exception type the consumer
 * dead-letters.
 */
class AvroDeserializerPoisonTest {
  private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
  private final AvroDeserializer<WalletCommand> deserializer =
      new AvroDeserializer<>(registry, WalletCommand.class);
  private final byte[] valid =
      new AvroSerializer<WalletCommand>(registry)
          .serialize(Topics.COMMANDS, EnvelopeSamples.commands().get(0));

  @Test
  void rejectsRandomGarbage() {
    byte[] garbage = new byte[64];
    new Random(42).nextBytes(garbage);
    garbage[0] = 0x7f;

    assertThatThrownBy(() -> deserializer.deserialize(Topics.COMMANDS, garbage))
        .isInstanceOf(RecordDecodingException.class);
  }

  @Test
  void rejectsGarbageAfterAValidHeader() {
    byte[] bytes = Arrays.copyOf(valid, 40);
    Arrays.fill(bytes, 5, bytes.length, (byte) 0xff); // varints that never end

    assertThatThrownBy(() -> deserializer.deserialize(Topics.COMMANDS, bytes))
        .isInstanceOf(RecordDecodingException.class)
        .hasMessageContaining("schema id 1");
  }

  @Test
  void rejectsALengthPrefixFarLargerThanTheRecordWithoutAllocatingIt() {
    // header, then the uuid string's length as the zig-zag varint of 2^30: a 1 GiB allocation if
    // trusted
    byte[] bytes = {0, 0, 0, 0, 1, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x08, 'x'};

    assertThatThrownBy(() -> deserializer.deserialize(Topics.COMMANDS, bytes))
        .isInstanceOf(RecordDecodingException.class);
  }

  @Test
  void rejectsAWrongMagicByte() {
    byte[] bytes = valid.clone();
    bytes[0] = 1;

    assertThatThrownBy(() -> deserializer.deserialize(Topics.COMMANDS, bytes))
        .isInstanceOf(RecordDecodingException.class)
        .hasMessageContaining("starts with byte 1");
  }

  @Test
  void rejectsBytesShorterThanTheHeader() {
    assertThatThrownBy(() -> deserializer.deserialize(Topics.COMMANDS, new byte[] {0, 0, 0}))
        .isInstanceOf(RecordDecodingException.class)
        .hasMessageContaining("3 bytes");
  }

  @Test
  void rejectsATruncatedPayload() {
    byte[] truncated = Arrays.copyOf(valid, valid.length - 3);

    assertThatThrownBy(() -> deserializer.deserialize(Topics.COMMANDS, truncated))
        .isInstanceOf(RecordDecodingException.class);
  }

  @Test
  void rejectsTrailingBytesAfterTheRecord() {
    byte[] longer = Arrays.copyOf(valid, valid.length + 2);

    assertThatThrownBy(() -> deserializer.deserialize(Topics.COMMANDS, longer))
        .isInstanceOf(RecordDecodingException.class)
        .hasMessageContaining("trailing bytes");
  }

  @Test
  void rejectsASchemaIdTheRegistryNeverIssued() {
    byte[] bytes = valid.clone();
    ByteBuffer.wrap(bytes, 1, 4).putInt(4242);

    assertThatThrownBy(() -> deserializer.deserialize(Topics.COMMANDS, bytes))
        .isInstanceOf(RecordDecodingException.class)
        .hasMessageContaining("schema id 4242 is unknown");
  }

  @Test
  void rejectsARecordOfAnotherContract() {
    byte[] result =
        new AvroSerializer<>(registry).serialize(Topics.RESULTS, EnvelopeSamples.results().get(0));

    assertThatThrownBy(() -> deserializer.deserialize(Topics.COMMANDS, result))
        .isInstanceOf(RecordDecodingException.class)
        .hasMessageContaining("WalletCommand");
  }
}
