/**
 * The stream processors: the ledger applier (Kafka commands and events applied exactly once in
 * effect to the ledger database); {@link
 * dev.walletplatform.processors.app.StreamProcessorsApplication} is the entry point.
 */
package dev.walletplatform.processors;
