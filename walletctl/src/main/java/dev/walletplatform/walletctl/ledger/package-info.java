/**
 * Read-only proofs against the ledger database: {@link
 * dev.walletplatform.walletctl.ledger.LedgerProbe} snapshots message ids, {@link
 * dev.walletplatform.walletctl.ledger.ApplyProof} compares before and after.
 */
package dev.walletplatform.walletctl.ledger;
