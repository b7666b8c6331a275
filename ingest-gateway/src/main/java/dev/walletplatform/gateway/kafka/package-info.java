/**
 * Producing commands to {@code wallet.commands.v1}: {@link
 * dev.walletplatform.gateway.kafka.KafkaCommandPublisher} waits for the broker's ack within a
 * bound, behind a circuit breaker and an in-flight bulkhead, so Kafka trouble is a fast 503.
 */
package dev.walletplatform.gateway.kafka;
