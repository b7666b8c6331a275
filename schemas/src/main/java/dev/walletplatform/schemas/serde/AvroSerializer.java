package dev.walletplatform.schemas.serde;

import dev.walletplatform.schemas.SchemaException;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes a generated Avro record in the Confluent wire format, registering its schema under {@code
 * <topic>-value} on first use (the registry enforces compatibility at that moment).
 */
public final class AvroSerializer<T extends SpecificRecord> implements Serializer<T> {
  private final SchemaRegistryClient registry;
  private final Map<String, Integer> schemaIdByTopic = new ConcurrentHashMap<>();
  private final Map<Schema, SpecificDatumWriter<T>> writers = new ConcurrentHashMap<>();

  public AvroSerializer(SchemaRegistryClient registry) {
    this.registry = registry;
    GeneratedClassTrust.install();
  }

  @Override
  public byte[] serialize(String topic, T record) {
    if (record == null) {
      return null;
    }
    Schema schema = record.getSchema();
    int id =
        schemaIdByTopic.computeIfAbsent(
            topic + '\n' + schema.getFullName(),
            key -> registry.register(SchemaRegistryClient.valueSubject(topic), schema));
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    out.write(ConfluentWireFormat.MAGIC_BYTE);
    out.writeBytes(ByteBuffer.allocate(4).putInt(id).array());
    BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
    try {
      writers.computeIfAbsent(schema, key -> new SpecificDatumWriter<>(key)).write(record, encoder);
      encoder.flush();
    } catch (IOException | RuntimeException e) {
      throw new SchemaException(
          "cannot write " + schema.getFullName() + " for topic " + topic + ": " + e.getMessage(),
          e);
    }
    return out.toByteArray();
  }
}
