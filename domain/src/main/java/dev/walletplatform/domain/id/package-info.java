/**
 * Identifiers clients send (wallets, campaigns, idempotency keys) and the command ids derived from
 * them.
 */
package dev.walletplatform.domain.id;
