package dev.walletplatform.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.command.v1.GiveawayClaimRequested;
import dev.walletplatform.schemas.command.v1.WalletCommand;
import dev.walletplatform.schemas.registry.InMemorySchemaRegistryClient;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import dev.walletplatform.schemas.result.v1.CommandResult;
import dev.walletplatform.schemas.result.v1.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;

/** Records written by producers on another schema version still decode into today's classes. */
class SchemaEvolutionTest {
  private static final String SUBJECT = SchemaRegistryClient.valueSubject(Topics.RESULTS);

  private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
  private final AvroDeserializer<CommandResult> deserializer =
      new AvroDeserializer<>(registry, CommandResult.class);

  @Test
  void decodesARecordWrittenBeforeAnOptionalFieldWasAdded() throws IOException {
    Schema older =
        withFields(
            CommandResult.getClassSchema(),
            fields -> fields.removeIf(f -> f.name().equals("reason_code")));
    int olderId = registry.register(SUBJECT, older);
    registry.register(
        SUBJECT, CommandResult.getClassSchema()); // today's schema is registered after it
    UUID messageId = UUID.randomUUID();
    GenericRecord written = new GenericData.Record(older);
    written.put("message_id", messageId.toString());
    written.put("message_kind", "DEPOSIT");
    written.put("wallet", "wallet-a");
    written.put("status", new GenericData.EnumSymbol(older.getField("status").schema(), "APPLIED"));
    written.put("processed_at", EnvelopeSamples.AT.toEpochMilli());

    CommandResult read = deserializer.deserialize(Topics.RESULTS, wireFormat(olderId, written));

    assertThat(read.getMessageId()).isEqualTo(messageId);
    assertThat(read.getStatus()).isEqualTo(Outcome.APPLIED);
    assertThat(read.getProcessedAt()).isEqualTo(EnvelopeSamples.AT);
    assertThat(read.getReasonCode())
        .as("absent in the writer's schema: the reader's default")
        .isNull();
  }

  @Test
  void decodesARecordWrittenByANewerProducerWithAnExtraFieldAndEnumSymbol() throws IOException {
    Schema newer =
        withFields(
            CommandResult.getClassSchema(),
            fields -> {
              Schema.Field status = fields.get(3);
              Schema widerOutcome =
                  Schema.createEnum(
                      "Outcome",
                      null,
                      "dev.walletplatform.schemas.result.v1",
                      List.of("APPLIED", "REJECTED", "UNKNOWN", "EXPIRED"),
                      "UNKNOWN");
              fields.set(3, new Schema.Field(status.name(), widerOutcome, status.doc()));
              fields.add(
                  new Schema.Field("region", Schema.create(Schema.Type.STRING), null, "eu-west-1"));
            });
    int newerId = registry.register("producer-side-subject", newer);
    GenericRecord written = new GenericData.Record(newer);
    written.put("message_id", UUID.randomUUID().toString());
    written.put("message_kind", "WITHDRAWAL");
    written.put("wallet", "wallet-a");
    written.put("status", new GenericData.EnumSymbol(widerOutcomeOf(newer), "EXPIRED"));
    written.put("processed_at", EnvelopeSamples.AT.toEpochMilli());
    written.put("region", "us-east-1");

    CommandResult read = deserializer.deserialize(Topics.RESULTS, wireFormat(newerId, written));

    assertThat(read.getWallet()).isEqualTo("wallet-a");
    assertThat(read.getStatus())
        .as("a symbol this reader lacks maps to the enum default")
        .isEqualTo(Outcome.UNKNOWN);
  }

  @Test
  void decodesACommandWrittenWithTheReleasedSchemaWhichHadNoDeviceId() throws IOException {
    Schema released = releasedSchema("WalletCommand.avsc");
    assertThat(released.getField("device_id"))
        .as("the release this test guards predates device_id")
        .isNull();
    String subject = SchemaRegistryClient.valueSubject(Topics.COMMANDS);
    int releasedId = registry.register(subject, released);
    registry.register(subject, WalletCommand.getClassSchema());
    WalletCommand sample = EnvelopeSamples.commands().getLast();
    GenericRecord written = new GenericData.Record(released);
    written.put("command_id", sample.getCommandId().toString());
    written.put("client_id", "client-1");
    written.put("idempotency_key", "key-12345678");
    written.put("request_hash", sample.getRequestHash());
    written.put("accepted_at", EnvelopeSamples.AT.toEpochMilli());
    GenericRecord claim = new GenericData.Record(GiveawayClaimRequested.getClassSchema());
    claim.put("campaign_id", "campaign-7");
    claim.put("wallet", "wallet-b");
    written.put("payload", claim);

    WalletCommand read =
        new AvroDeserializer<>(registry, WalletCommand.class)
            .deserialize(Topics.COMMANDS, wireFormat(releasedId, written));

    assertThat(read.getCommandId()).isEqualTo(sample.getCommandId());
    assertThat(read.getPayload()).isEqualTo(new GiveawayClaimRequested("campaign-7", "wallet-b"));
    assertThat(read.getDeviceId())
        .as("absent in the released schema: null, so screening falls back to client_id")
        .isNull();
  }

  @Test
  void decodesAResultWrittenWithTheReleasedSchemaWhichHadNoCampaignId() throws IOException {
    Schema released = releasedSchema("CommandResult.avsc");
    int releasedId = registry.register(SUBJECT, released);
    GenericRecord written = new GenericData.Record(released);
    written.put("message_id", UUID.randomUUID().toString());
    written.put("message_kind", "GIVEAWAY_CLAIM");
    written.put("wallet", "wallet-a");
    written.put(
        "status", new GenericData.EnumSymbol(released.getField("status").schema(), "APPLIED"));
    written.put("processed_at", EnvelopeSamples.AT.toEpochMilli());

    CommandResult read = deserializer.deserialize(Topics.RESULTS, wireFormat(releasedId, written));

    assertThat(read.getStatus()).isEqualTo(Outcome.APPLIED);
    assertThat(read.getCampaignId()).isNull();
  }

  /**
   * The released contract as the build's compatibility check reads it (a payload schema is parsed
   * first).
   */
  private static Schema releasedSchema(String file) throws IOException {
    Schema.Parser parser = new Schema.Parser();
    Path folder = Path.of("src", "released", "avro");
    if (file.equals("WalletCommand.avsc")) {
      for (String payload :
          List.of(
              "TransferRequested.avsc",
              "WithdrawalRequested.avsc",
              "GiveawayClaimRequested.avsc")) {
        parser.parse(folder.resolve(payload).toFile());
      }
    }
    return parser.parse(folder.resolve(file).toFile());
  }

  private static Schema widerOutcomeOf(Schema schema) {
    return schema.getField("status").schema();
  }

  private static Schema withFields(Schema base, Consumer<List<Schema.Field>> change) {
    List<Schema.Field> fields = new ArrayList<>();
    base.getFields().forEach(f -> fields.add(new Schema.Field(f, f.schema())));
    change.accept(fields);
    return Schema.createRecord(base.getName(), base.getDoc(), base.getNamespace(), false, fields);
  }

  private static byte[] wireFormat(int schemaId, GenericRecord record) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0);
    out.write(ByteBuffer.allocate(4).putInt(schemaId).array());
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new GenericDatumWriter<GenericRecord>(record.getSchema()).write(record, encoder);
    encoder.flush();
    return out.toByteArray();
  }
}
