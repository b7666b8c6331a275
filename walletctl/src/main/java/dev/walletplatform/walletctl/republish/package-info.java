/**
 * Re-producing records with an audit trail and a ledger proof, shared by replay and dead-letter
 * redrive: {@link dev.walletplatform.walletctl.republish.ProvenRepublish}.
 */
package dev.walletplatform.walletctl.republish;
