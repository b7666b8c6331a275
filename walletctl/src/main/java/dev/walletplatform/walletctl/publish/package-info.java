/**
 * {@code walletctl publish}: {@link dev.walletplatform.walletctl.publish.PublishCommand} validates
 * JSON against the topic's Avro schema and writes it in the Confluent wire format.
 */
package dev.walletplatform.walletctl.publish;
