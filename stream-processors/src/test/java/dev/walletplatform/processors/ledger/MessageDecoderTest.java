package dev.walletplatform.processors.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletplatform.processors.ledger.model.Instruction;
import dev.walletplatform.processors.ledger.model.LedgerMessage;
import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.command.v1.TransferRequested;
import dev.walletplatform.schemas.command.v1.WalletCommand;
import dev.walletplatform.schemas.registry.InMemorySchemaRegistryClient;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import dev.walletplatform.schemas.registry.SchemaRegistryException;
import dev.walletplatform.schemas.serde.AvroSerializer;
import dev.walletplatform.schemas.serde.RecordDecodingException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class MessageDecoderTest {
  private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();

  @Test
  void decodesATransferCommandWithItsRequestMetadata() {
    UUID id = UUID.randomUUID();
    byte[] bytes =
        new AvroSerializer<WalletCommand>(registry).serialize(Topics.COMMANDS, transfer(id));
    LedgerMessage message = new MessageDecoder(registry).decode(record(Topics.COMMANDS, bytes));
    assertThat(message.id()).isEqualTo(id);
    assertThat(message.requestHash()).isEqualTo("h1");
    assertThat(message.source().offset()).isEqualTo(17);
    assertThat(message.instruction())
        .isEqualTo(new Instruction.Transfer("alice", "bob", "BTC", BigInteger.valueOf(1500)));
  }

  @Test
  void treatsBytesThatAreNotTheContractAsPoison() {
    MessageDecoder decoder = new MessageDecoder(registry);
    assertThatThrownBy(
            () ->
                decoder.decode(
                    record(Topics.COMMANDS, "{\"json\":true}".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(RecordDecodingException.class);
    assertThatThrownBy(() -> decoder.decode(record(Topics.COMMANDS, null)))
        .isInstanceOf(RecordDecodingException.class);
    assertThatThrownBy(() -> decoder.decode(record(Topics.EVENTS, new byte[] {0, 0, 0, 0, 99, 1})))
        .isInstanceOf(RecordDecodingException.class);
  }

  @Test
  void treatsAnUnreachableRegistryAsTransientNotPoison() {
    byte[] bytes =
        new AvroSerializer<WalletCommand>(registry)
            .serialize(Topics.COMMANDS, transfer(UUID.randomUUID()));
    MessageDecoder decoder = new MessageDecoder(new UnreachableRegistry());
    assertThatThrownBy(() -> decoder.decode(record(Topics.COMMANDS, bytes)))
        .isInstanceOf(TransientFailure.class);
  }

  private static WalletCommand transfer(UUID id) {
    return new WalletCommand(
        id,
        "client-1",
        "key-1",
        "h1",
        Instant.parse("2026-05-01T12:00:00Z"),
        new TransferRequested("alice", "bob", "BTC", new BigDecimal(1500)),
        null);
  }

  private static ConsumerRecord<byte[], byte[]> record(String topic, byte[] value) {
    return new ConsumerRecord<>(topic, 3, 17L, "alice".getBytes(StandardCharsets.UTF_8), value);
  }

  private static final class UnreachableRegistry implements SchemaRegistryClient {
    @Override
    public int register(String subject, Schema schema) {
      throw new SchemaRegistryException("connection refused", -1, null);
    }

    @Override
    public Schema schemaById(int id) {
      throw new SchemaRegistryException("connection refused", -1, null);
    }

    @Override
    public boolean isCompatibleWithLatest(String subject, Schema schema) {
      throw new SchemaRegistryException("connection refused", -1, null);
    }
  }
}
