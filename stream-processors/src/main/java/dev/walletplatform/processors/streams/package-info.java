/**
 * The Kafka Streams runtime of this process: {@link
 * dev.walletplatform.processors.streams.WalletStreamsService} checks the topics and runs {@link
 * dev.walletplatform.processors.streams.WalletTopologies} with exactly-once, dead-letter error
 * handlers and thread replacement; health and store-size gauges.
 */
package dev.walletplatform.processors.streams;
