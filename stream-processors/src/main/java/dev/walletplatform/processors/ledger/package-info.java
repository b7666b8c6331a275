/**
 * The ledger applier: {@link dev.walletplatform.processors.ledger.ApplierLoop} polls a batch,
 * {@link dev.walletplatform.processors.ledger.LedgerApplier} applies it in one retried transaction,
 * {@link dev.walletplatform.processors.ledger.ResultPublisher} publishes outcomes and dead letters,
 * then offsets are committed.
 */
package dev.walletplatform.processors.ledger;
