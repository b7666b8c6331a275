/**
 * Immutable settings read from the YAML file and checked at start (a bad value names its key and
 * limit), one record per block: {@code kafka} {@link
 * dev.walletplatform.processors.config.KafkaSettings}, {@code schemaRegistry} {@link
 * dev.walletplatform.processors.config.SchemaRegistrySettings}, {@code applier} {@link
 * dev.walletplatform.processors.config.ApplierSettings}, {@code streams} {@link
 * dev.walletplatform.processors.config.StreamsSettings}, {@code screening} {@link
 * dev.walletplatform.processors.config.ScreeningSettings}, {@code statusView} {@link
 * dev.walletplatform.processors.config.StatusViewSettings}, {@code adminAccess} {@link
 * dev.walletplatform.processors.config.AdminSettings}.
 */
package dev.walletplatform.processors.config;
