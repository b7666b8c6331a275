package dev.walletplatform.walletctl.avro;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.walletplatform.schemas.serde.GeneratedClassTrust;
import dev.walletplatform.walletctl.UsageException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.avro.Schema;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.io.JsonDecoder;
import org.apache.avro.io.JsonEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/**
 * JSON in and out of the generated Avro classes. In: the operator's JSON, translated by {@link
 * FriendlyJson}, is read by Avro's own JSON decoder against the schema, so what passes here is
 * exactly what the schema allows. Out: Avro's JSON encoder, translated back for humans.
 */
public final class JsonRecords {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonRecords() {}

  /**
   * @throws UsageException naming the field when the JSON does not match the schema
   */
  public static <T extends SpecificRecord> T parse(Class<T> type, String json) {
    GeneratedClassTrust.install();
    Schema schema = SpecificData.get().getSchema(type);
    JsonNode tree;
    try {
      tree = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UsageException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (tree == null || tree.isMissingNode()) {
      throw new UsageException("no JSON given: expected a " + schema.getName());
    }
    try {
      String avroJson = JSON.writeValueAsString(FriendlyJson.toAvro(schema, tree, "$"));
      JsonDecoder decoder = DecoderFactory.get().jsonDecoder(schema, avroJson);
      return new SpecificDatumReader<T>(schema, schema, SpecificData.getForClass(type))
          .read(null, decoder);
    } catch (IOException | RuntimeException e) {
      if (e instanceof UsageException usage) {
        throw usage;
      }
      throw new UsageException(
          "JSON does not match " + schema.getName() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Pretty JSON: amounts as strings of minor units, times in ISO-8601 UTC, union branches by short
   * name.
   */
  public static String render(SpecificRecord record) {
    GeneratedClassTrust.install();
    Schema schema = record.getSchema();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      JsonEncoder encoder = EncoderFactory.get().jsonEncoder(schema, out);
      new SpecificDatumWriter<SpecificRecord>(schema, SpecificData.getForClass(record.getClass()))
          .write(record, encoder);
      encoder.flush();
      JsonNode avroJson = JSON.readTree(out.toString(StandardCharsets.UTF_8));
      return JSON.writerWithDefaultPrettyPrinter()
          .writeValueAsString(FriendlyJson.fromAvro(schema, avroJson));
    } catch (IOException e) {
      throw new IllegalStateException("cannot render " + schema.getFullName() + " as JSON", e);
    }
  }
}
