/**
 * KRaft Kafka clusters of combined controller+broker nodes, each a child JVM, for local runs and
 * fault tests; the entry point is {@link dev.walletplatform.infra.kafka.KafkaCluster}.
 */
package dev.walletplatform.infra.kafka;
