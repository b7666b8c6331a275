package dev.walletplatform.walletctl.avro;

import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import dev.walletplatform.schemas.registry.SchemaRegistryException;
import dev.walletplatform.schemas.serde.AvroDeserializer;
import dev.walletplatform.schemas.serde.RecordDecodingException;
import dev.walletplatform.walletctl.UnreachableException;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;

/**
 * Decodes platform records (Confluent wire format) through the registry: to show them, and to read
 * the message id a replay or redrive is proven by. An unreachable registry is exit 4, never a
 * verdict on the record.
 */
public final class EnvelopeDecoder {
  private final SchemaRegistryClient registry;
  private final Map<Envelope, AvroDeserializer<? extends SpecificRecord>> deserializers =
      new EnumMap<>(Envelope.class);

  public EnvelopeDecoder(SchemaRegistryClient registry) {
    this.registry = registry;
    for (Envelope envelope : Envelope.values()) {
      deserializers.put(envelope, deserializer(envelope.type()));
    }
  }

  private <T extends SpecificRecord> AvroDeserializer<T> deserializer(Class<T> type) {
    return new AvroDeserializer<>(registry, type);
  }

  /**
   * @throws RecordDecodingException when the bytes are not a record of the topic's contract
   */
  public SpecificRecord decode(String topic, byte[] value) {
    Envelope envelope =
        Envelope.forTopic(topic)
            .orElseThrow(
                () ->
                    new RecordDecodingException(
                        "no record type is known for topic "
                            + topic
                            + " (known: "
                            + Envelope.topics()
                            + ")"));
    if (value == null) {
      throw new RecordDecodingException("record on " + topic + " has no value");
    }
    try {
      return deserializers.get(envelope).deserialize(topic, value);
    } catch (SchemaRegistryException e) {
      if (e.status() == -1 || e.status() >= 500) {
        throw new UnreachableException(
            "schema registry "
                + registry
                + " did not answer (HTTP "
                + e.status()
                + "): "
                + e.getMessage()
                + "; check --registry-url",
            e);
      }
      throw new RecordDecodingException(
          "registry refused to resolve the record's schema: " + e.getMessage(), e);
    }
  }

  /** The command or event id: the key under which the applier records it in processed_messages. */
  public UUID messageId(String topic, byte[] value) {
    SpecificRecord record = decode(topic, value);
    Envelope envelope = Envelope.forTopic(topic).orElseThrow();
    Object id = record.get(record.getSchema().getField(envelope.idField()).pos());
    return id instanceof UUID uuid ? uuid : UUID.fromString(String.valueOf(id));
  }
}
