package dev.walletplatform.schemas.serde;

import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import dev.walletplatform.schemas.registry.SchemaRegistryException;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent wire-format bytes into a generated Avro class, resolving the writer's schema (by
 * the id in the header) against the reader's — so records written with an older or newer compatible
 * schema still decode. Anything undecodable is a {@link RecordDecodingException}.
 */
public final class AvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {
  private final SchemaRegistryClient registry;
  private final Class<T> type;
  private final Schema readerSchema;
  private final Map<Integer, SpecificDatumReader<T>> readersBySchemaId = new ConcurrentHashMap<>();

  public AvroDeserializer(SchemaRegistryClient registry, Class<T> type) {
    this.registry = registry;
    this.type = type;
    this.readerSchema = SpecificData.get().getSchema(type);
    GeneratedClassTrust.install();
  }

  @Override
  public T deserialize(String topic, byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    int id = ConfluentWireFormat.schemaId(topic, bytes);
    SpecificDatumReader<T> reader = readersBySchemaId.computeIfAbsent(id, this::readerFor);
    BinaryDecoder decoder =
        DecoderFactory.get()
            .binaryDecoder(
                bytes,
                ConfluentWireFormat.HEADER_LENGTH,
                bytes.length - ConfluentWireFormat.HEADER_LENGTH,
                null);
    try {
      T record = reader.read(null, decoder);
      if (!decoder.isEnd()) {
        throw new RecordDecodingException(
            "record on "
                + topic
                + " (schema id "
                + id
                + ") has trailing bytes after the "
                + type.getSimpleName());
      }
      return record;
    } catch (IOException | RuntimeException e) {
      if (e instanceof RecordDecodingException decoding) {
        throw decoding;
      }
      throw new RecordDecodingException(
          "cannot read "
              + type.getSimpleName()
              + " from "
              + topic
              + " with schema id "
              + id
              + ": "
              + e,
          e);
    }
  }

  private SpecificDatumReader<T> readerFor(int schemaId) {
    Schema writerSchema;
    try {
      writerSchema = registry.schemaById(schemaId);
    } catch (SchemaRegistryException e) {
      if (e.status() == 404) {
        throw new RecordDecodingException(
            "schema id " + schemaId + " is unknown to " + registry, e);
      }
      throw e; // unreachable or failing registry: transient, the caller retries; not the record's
      // fault
    }
    return new SpecificDatumReader<>(writerSchema, readerSchema, SpecificData.getForClass(type));
  }
}
