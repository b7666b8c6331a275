package dev.walletplatform.schemas.registry;

import org.apache.avro.Schema;

/** The subset of the Confluent schema-registry API the platform uses. */
public interface SchemaRegistryClient {
  /** Registers {@code schema} under {@code subject} (idempotent) and returns its global id. */
  int register(String subject, Schema schema);

  /** The schema with the given global id. */
  Schema schemaById(int id);

  /** Whether {@code schema} may be registered under {@code subject} by its compatibility rule. */
  boolean isCompatibleWithLatest(String subject, Schema schema);

  /** Confluent's default subject naming: {@code <topic>-value}. */
  static String valueSubject(String topic) {
    return topic + "-value";
  }
}
