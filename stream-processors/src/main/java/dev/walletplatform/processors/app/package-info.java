/**
 * Wiring: {@link dev.walletplatform.processors.app.StreamProcessorsApplication} (Dropwizard: the
 * status port and the admin port, each behind its API-key filter) reads the YAML, migrates the
 * schema, and runs the {@link dev.walletplatform.processors.app.LedgerApplierService} and the Kafka
 * Streams topologies.
 */
package dev.walletplatform.processors.app;
