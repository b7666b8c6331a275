/**
 * Watches the system under load once per second from outside: consumer lag (Kafka Admin), the
 * ledger's decided messages (the applier's Prometheus counters) and PostgreSQL's own count of
 * connections; {@link dev.walletplatform.bench.observe.SystemSampler} is the entry point.
 */
package dev.walletplatform.bench.observe;
