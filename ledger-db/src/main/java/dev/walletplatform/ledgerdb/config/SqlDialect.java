package dev.walletplatform.ledgerdb.config;

/** Which server is behind the JDBC URL; decides whether the CockroachDB-only migrations run. */
public enum SqlDialect {
  POSTGRESQL,
  COCKROACHDB
}
