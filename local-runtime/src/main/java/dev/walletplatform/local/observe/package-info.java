/**
 * Watches a running platform from outside: database connections, processing progress and the
 * ledger's invariants.
 */
package dev.walletplatform.local.observe;
