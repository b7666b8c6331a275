package dev.walletplatform.schemas.registry;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.command.v1.GiveawayClaimRequested;
import dev.walletplatform.schemas.command.v1.WalletCommand;
import dev.walletplatform.schemas.serde.AvroDeserializer;
import dev.walletplatform.schemas.serde.AvroSerializer;
import dev.walletplatform.schemas.serde.RecordDecodingException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A registry that cannot be reached is a transient fault to retry, never a poison record to
 * dead-letter.
 */
class UnreachableRegistryTest {
  private final SchemaRegistryClient registry =
      new HttpSchemaRegistryClient(
          URI.create("http://127.0.0.1:" + closedPort()), Duration.ofSeconds(2));

  @Test
  void deserializerReportsStatusMinusOneNotADecodingError() {
    byte[] record = {0, 0, 0, 0, 7, 2, 'x'};
    AvroDeserializer<WalletCommand> deserializer =
        new AvroDeserializer<>(registry, WalletCommand.class);

    assertThatThrownBy(() -> deserializer.deserialize(Topics.COMMANDS, record))
        .isInstanceOf(SchemaRegistryException.class)
        .isNotInstanceOf(RecordDecodingException.class)
        .hasMessageContaining("unreachable")
        .extracting(e -> ((SchemaRegistryException) e).status())
        .isEqualTo(-1);
  }

  @Test
  void serializerReportsStatusMinusOne() {
    AvroSerializer<WalletCommand> serializer = new AvroSerializer<>(registry);
    WalletCommand command =
        WalletCommand.newBuilder()
            .setCommandId(UUID.randomUUID())
            .setClientId("c")
            .setIdempotencyKey("k")
            .setRequestHash("h")
            .setAcceptedAt(Instant.EPOCH)
            .setPayload(new GiveawayClaimRequested("campaign", "wallet"))
            .build();

    assertThatThrownBy(() -> serializer.serialize(Topics.COMMANDS, command))
        .isInstanceOf(SchemaRegistryException.class)
        .extracting(e -> ((SchemaRegistryException) e).status())
        .isEqualTo(-1);
  }

  /** A loopback port nothing listens on: bound once by the OS, then released. */
  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free loopback port", e);
    }
  }
}
