/**
 * A real PostgreSQL server from zonky's embedded binaries, restartable on the same port and data
 * for fault tests; the entry point is {@link dev.walletplatform.infra.postgres.PostgresServer}.
 */
package dev.walletplatform.infra.postgres;
