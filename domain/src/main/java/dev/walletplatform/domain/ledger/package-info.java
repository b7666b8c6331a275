/** Outcomes of applying commands to the ledger: the documented rejection reasons. */
package dev.walletplatform.domain.ledger;
