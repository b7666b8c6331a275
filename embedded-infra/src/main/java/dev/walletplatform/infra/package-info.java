/**
 * Real servers for the local runtime and tests (Kafka brokers, PostgreSQL, Prometheus, a TLS
 * keystore); the entry points are {@link dev.walletplatform.infra.kafka.KafkaCluster}, {@link
 * dev.walletplatform.infra.postgres.PostgresServer} and {@link
 * dev.walletplatform.infra.prometheus.PrometheusServer}, failures are {@link
 * dev.walletplatform.infra.InfraException}.
 */
package dev.walletplatform.infra;
