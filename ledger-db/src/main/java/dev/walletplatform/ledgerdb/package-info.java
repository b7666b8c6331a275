/**
 * The ledger database as every service sees it: configuration ({@link
 * dev.walletplatform.ledgerdb.config.DatabaseSettings}), the bounded pool, migrations and the
 * serialization-retry loop.
 */
package dev.walletplatform.ledgerdb;
