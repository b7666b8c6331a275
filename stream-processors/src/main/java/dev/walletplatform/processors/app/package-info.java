/**
 * Wiring: {@link dev.walletplatform.processors.app.StreamProcessorsApplication} (Dropwizard, admin
 * port only) reads the YAML, migrates the schema, and runs the
 * {@link dev.walletplatform.processors.app.LedgerApplierService}.
 */
package dev.walletplatform.processors.app;
