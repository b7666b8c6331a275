/**
 * The contract between producers and consumers: topic names ({@link
 * dev.walletplatform.schemas.Topics}), Avro classes generated from {@code src/main/avro}, their
 * Confluent wire-format serdes and the schema-registry client.
 */
package dev.walletplatform.schemas;
