/**
 * Versioned schema migrations (Flyway); {@link
 * dev.walletplatform.ledgerdb.migration.LedgerMigrations#migrate} is the entry point.
 */
package dev.walletplatform.ledgerdb.migration;
