package dev.walletplatform.processors.streams.serde;

import dev.walletplatform.schemas.command.v1.WalletCommand;
import dev.walletplatform.schemas.event.v1.WalletEvent;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import dev.walletplatform.schemas.result.v1.CommandResult;
import dev.walletplatform.schemas.serde.AvroDeserializer;
import dev.walletplatform.schemas.serde.AvroSerializer;
import dev.walletplatform.schemas.serde.RecordDecodingException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The serdes of the platform topics the topologies read and write, over one registry client.
 * Undecodable bytes throw {@link RecordDecodingException}, which the deserialization handler
 * dead-letters; an unreachable registry throws a transient error that it does not.
 */
public final class WalletSerdes {
  private final Serde<AcceptedCommand> commands;
  private final Serde<WalletEvent> events;
  private final Serde<CommandResult> results;

  public WalletSerdes(SchemaRegistryClient registry) {
    this.commands =
        Serdes.serdeFrom(new RawBytesSerializer(), new AcceptedCommandDeserializer(registry));
    this.events =
        Serdes.serdeFrom(
            new AvroSerializer<>(registry),
            nonNull(new AvroDeserializer<>(registry, WalletEvent.class)));
    this.results =
        Serdes.serdeFrom(
            new AvroSerializer<>(registry),
            nonNull(new AvroDeserializer<>(registry, CommandResult.class)));
  }

  /** wallet.commands.v1 in, wallet.commands.screened.v1 out: the original bytes both ways. */
  public Serde<AcceptedCommand> commands() {
    return commands;
  }

  public Serde<WalletEvent> events() {
    return events;
  }

  public Serde<CommandResult> results() {
    return results;
  }

  private static final class RawBytesSerializer implements Serializer<AcceptedCommand> {
    @Override
    public byte[] serialize(String topic, AcceptedCommand command) {
      return command == null ? null : command.bytes();
    }
  }

  private static final class AcceptedCommandDeserializer implements Deserializer<AcceptedCommand> {
    private final AvroDeserializer<WalletCommand> avro;

    AcceptedCommandDeserializer(SchemaRegistryClient registry) {
      this.avro = new AvroDeserializer<>(registry, WalletCommand.class);
    }

    @Override
    public AcceptedCommand deserialize(String topic, byte[] bytes) {
      if (bytes == null) {
        throw new RecordDecodingException(
            "record on " + topic + " has no value (a tombstone is not a command)");
      }
      return new AcceptedCommand(bytes, avro.deserialize(topic, bytes));
    }
  }

  /**
   * A record without a value is not a message of the contract: poison, not something to skip
   * silently.
   */
  private static <T> Deserializer<T> nonNull(Deserializer<T> inner) {
    return (topic, bytes) -> {
      if (bytes == null) {
        throw new RecordDecodingException(
            "record on " + topic + " has no value (a tombstone is not a message)");
      }
      return inner.deserialize(topic, bytes);
    };
  }
}
