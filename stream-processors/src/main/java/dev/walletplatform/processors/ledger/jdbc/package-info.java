/**
 * The ledger's tables through plain JDBC: {@link
 * dev.walletplatform.processors.ledger.jdbc.JdbcLedgerRepository} applies a batch inside a
 * transaction the caller opens (and retries) with RetryingTransactions.
 */
package dev.walletplatform.processors.ledger.jdbc;
