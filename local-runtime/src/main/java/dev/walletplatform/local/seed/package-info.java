/**
 * An internal producer: publishes wallet events (wallets opened, deposits, campaigns) as Avro
 * straight to Kafka.
 */
package dev.walletplatform.local.seed;
