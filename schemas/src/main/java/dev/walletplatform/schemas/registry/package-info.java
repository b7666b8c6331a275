/**
 * Talks to any schema registry that serves the Confluent REST API (Confluent, Karapace, Redpanda,
 * Apicurio's ccompat endpoint); {@link
 * dev.walletplatform.schemas.registry.HttpSchemaRegistryClient} is the entry point.
 */
package dev.walletplatform.schemas.registry;
