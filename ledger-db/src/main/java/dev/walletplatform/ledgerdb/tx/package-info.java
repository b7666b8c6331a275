/**
 * Explicit transactions with a client-side retry on serialization failures (SQLSTATE 40001), as
 * CockroachDB requires; {@link dev.walletplatform.ledgerdb.tx.RetryingTransactions} is the entry
 * point.
 */
package dev.walletplatform.ledgerdb.tx;
