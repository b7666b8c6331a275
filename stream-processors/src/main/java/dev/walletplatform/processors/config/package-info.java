/**
 * Immutable settings read from the YAML file and checked at start (a bad value names its key and
 * limit): {@link dev.walletplatform.processors.config.KafkaSettings},
 * {@link dev.walletplatform.processors.config.SchemaRegistrySettings},
 * {@link dev.walletplatform.processors.config.ApplierSettings}.
 */
package dev.walletplatform.processors.config;
