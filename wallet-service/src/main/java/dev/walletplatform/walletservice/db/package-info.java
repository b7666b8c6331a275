/**
 * Read-only JDBC queries over the ledger through one fixed-size pool; {@link
 * dev.walletplatform.walletservice.db.JdbcWalletReader} is the entry point.
 */
package dev.walletplatform.walletservice.db;
