/**
 * Serdes of the topologies: {@link dev.walletplatform.processors.streams.serde.WalletSerdes} for
 * the platform's Avro topics (commands keep their original bytes), {@link
 * dev.walletplatform.processors.streams.serde.JsonSerde} for state the topologies keep themselves.
 */
package dev.walletplatform.processors.streams.serde;
