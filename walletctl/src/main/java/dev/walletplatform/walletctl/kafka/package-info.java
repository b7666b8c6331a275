/**
 * Kafka access shared by the commands: {@link dev.walletplatform.walletctl.kafka.KafkaSession} owns
 * the clients; topic and group catalogs, group-less range reads and the re-producing publisher.
 */
package dev.walletplatform.walletctl.kafka;
