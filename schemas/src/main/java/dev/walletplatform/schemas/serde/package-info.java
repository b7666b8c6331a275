/**
 * Kafka serdes for the generated Avro classes in the Confluent wire format (magic byte 0, 4-byte
 * schema id, Avro binary); {@link dev.walletplatform.schemas.serde.AvroSerializer} and {@link
 * dev.walletplatform.schemas.serde.AvroDeserializer} are the entry points.
 */
package dev.walletplatform.schemas.serde;
