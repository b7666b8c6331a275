/**
 * A Confluent-REST schema registry kept in a compacted Kafka topic, for local runs and tests;
 * {@link dev.walletplatform.registry.local.LocalSchemaRegistry} is the entry point and the only
 * public class — the rest is package-private so the HTTP API stays the contract.
 */
package dev.walletplatform.registry.local;
