package dev.walletplatform.registry.local;

import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;

/**
 * One registration: {@code schema} is version {@code version} of {@code subject} and has the global
 * {@code id}. It is both a record of the {@code _schemas} topic and an entry of the store.
 *
 * @param canonical Avro's normalised JSON of the schema: what identity is compared on and what the
 *     API returns
 */
record RegisteredSchema(String subject, int version, int id, String canonical, Schema schema) {

  static RegisteredSchema of(String subject, int version, int id, Schema schema) {
    return new RegisteredSchema(subject, version, id, schema.toString(), schema);
  }

  /**
   * Parses schema text as Confluent's API carries it; a fresh parser each time, as names are per
   * schema.
   */
  static Schema parse(String text) {
    if (text == null || text.isBlank()) {
      throw RegistryApiException.invalidSchema("the request has no \"schema\"", null);
    }
    try {
      return new Schema.Parser().parse(text);
    } catch (
        AvroRuntimeException e) { // SchemaParseException, AvroTypeException for a bad default, …
      throw RegistryApiException.invalidSchema(e.getMessage(), e);
    }
  }
}
