/**
 * Real servers for the local runtime and tests (Kafka brokers, PostgreSQL, a TLS keystore); the
 * entry points are {@link dev.walletplatform.infra.kafka.KafkaCluster} and {@link
 * dev.walletplatform.infra.postgres.PostgresServer}, failures are {@link
 * dev.walletplatform.infra.InfraException}.
 */
package dev.walletplatform.infra;
