package dev.walletplatform.schemas.serde;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.command.v1.WalletCommand;
import dev.walletplatform.schemas.event.v1.WalletEvent;
import dev.walletplatform.schemas.registry.InMemorySchemaRegistryClient;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;

/**
 * What the applier does with any bytes a topic may hold: decode them into a command or event, or
 * refuse them as poison ({@link RecordDecodingException}, which sends them to the dead-letter
 * topic). Anything else — another exception, an out-of-memory from a forged length, a hang — would
 * stall a partition or crash the applier, and is a finding.
 *
 * <p>{@code scripts/test.sh} replays the committed seeds (valid records of every type, in {@code
 * src/test/resources/.../AvroDecodingFuzzTestInputs}); {@code scripts/fuzz.sh} fuzzes.
 */
class AvroDecodingFuzzTest {
  private static final SchemaRegistryClient REGISTRY = new InMemorySchemaRegistryClient();
  private static final AvroDeserializer<WalletCommand> COMMANDS;
  private static final AvroDeserializer<WalletEvent> EVENTS;

  static {
    // ids 1 and 2, as the seeds' headers carry them
    REGISTRY.register(
        SchemaRegistryClient.valueSubject(Topics.COMMANDS), WalletCommand.getClassSchema());
    REGISTRY.register(
        SchemaRegistryClient.valueSubject(Topics.EVENTS), WalletEvent.getClassSchema());
    COMMANDS = new AvroDeserializer<>(REGISTRY, WalletCommand.class);
    EVENTS = new AvroDeserializer<>(REGISTRY, WalletEvent.class);
  }

  @FuzzTest(maxDuration = "10m")
  void decodesACommandOrRefusesItAsPoison(byte[] value) {
    try {
      COMMANDS.deserialize(Topics.COMMANDS, value);
    } catch (RecordDecodingException poison) {
      // the documented outcome for bytes that are not a WalletCommand
    }
  }

  @FuzzTest(maxDuration = "10m")
  void decodesAnEventOrRefusesItAsPoison(byte[] value) {
    try {
      EVENTS.deserialize(Topics.EVENTS, value);
    } catch (RecordDecodingException poison) {
      // likewise for WalletEvent
    }
  }
}
