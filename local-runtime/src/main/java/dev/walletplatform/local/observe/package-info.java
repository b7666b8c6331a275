/**
 * Watches a running platform from outside: database connections and screening's rejections. The
 * ledger's invariants are test-fixtures' {@code LedgerInvariants}, the same SQL the tests ask.
 */
package dev.walletplatform.local.observe;
