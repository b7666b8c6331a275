/**
 * The checker: a pure function of the recorded history, the fault windows and a snapshot of the
 * ledger read after the system quiesced. It trusts the ledger for <em>what was decided</em>, never
 * for <em>whether money adds up</em>: balances are recomputed from what clients sent.
 */
package dev.walletplatform.faults.check;
