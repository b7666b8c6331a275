package dev.walletplatform.processors.screening;

import dev.walletplatform.processors.streams.serde.AcceptedCommand;
import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/** A command waiting behind its wallet's undecided claim, and since when (wall clock). */
record PendingCommand(AcceptedCommand command, long enqueuedAtMs) {

  /** 8 bytes of enqueue time, then the command's original bytes (decoded again on read). */
  static Serde<PendingCommand> serde(Serde<AcceptedCommand> commands) {
    Serializer<PendingCommand> serializer =
        (topic, pending) -> {
          if (pending == null) {
            return null;
          }
          byte[] bytes = pending.command().bytes();
          return ByteBuffer.allocate(Long.BYTES + bytes.length)
              .putLong(pending.enqueuedAtMs())
              .put(bytes)
              .array();
        };
    Deserializer<PendingCommand> deserializer =
        (topic, data) -> {
          if (data == null) {
            return null;
          }
          if (data.length < Long.BYTES) {
            throw new SerializationException(
                "pending command of " + data.length + " bytes on " + topic);
          }
          ByteBuffer buffer = ByteBuffer.wrap(data);
          long enqueuedAt = buffer.getLong();
          byte[] command = new byte[buffer.remaining()];
          buffer.get(command);
          return new PendingCommand(
              commands.deserializer().deserialize(topic, command), enqueuedAt);
        };
    return Serdes.serdeFrom(serializer, deserializer);
  }
}
