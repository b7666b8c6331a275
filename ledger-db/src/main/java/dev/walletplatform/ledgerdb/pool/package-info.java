/**
 * The fixed-size HikariCP pool: {@link dev.walletplatform.ledgerdb.pool.BoundedPool#open} is the
 * only way services get connections.
 */
package dev.walletplatform.ledgerdb.pool;
