/**
 * The baselines measured in the same run: the old way (a new database connection per request,
 * applied synchronously) and an empty endpoint, both served by {@link
 * dev.walletplatform.bench.baseline.BaselineServerApplication} on the gateway's HTTP stack; Kafka's
 * producer tool ({@link dev.walletplatform.bench.baseline.ProducerPerfBaseline}) and pgbench
 * ({@link dev.walletplatform.bench.baseline.PgbenchBaseline}).
 */
package dev.walletplatform.bench.baseline;
