-- CockroachDB only (Flyway location db/cockroachdb, enabled by ledger.database.dialect=cockroachdb).
-- The two application regions plus a third that only holds replicas: SURVIVE REGION FAILURE needs
-- at least three database regions. Region names are Flyway placeholders set per environment.
ALTER DATABASE ${database} SET PRIMARY REGION "${primaryRegion}";
ALTER DATABASE ${database} ADD REGION "${secondaryRegion}";
ALTER DATABASE ${database} ADD REGION "${replicaRegion}";
ALTER DATABASE ${database} SURVIVE REGION FAILURE;

-- Wallet data lives near its home region; crdb_region is filled from the gateway region that wrote it.
ALTER TABLE wallets SET LOCALITY REGIONAL BY ROW;
ALTER TABLE balances SET LOCALITY REGIONAL BY ROW;
ALTER TABLE ledger_entries SET LOCALITY REGIONAL BY ROW;
ALTER TABLE processed_messages SET LOCALITY REGIONAL BY ROW;
ALTER TABLE withdrawals SET LOCALITY REGIONAL BY ROW;
ALTER TABLE giveaway_claims SET LOCALITY REGIONAL BY ROW;
-- Campaigns are few, read everywhere, written rarely.
ALTER TABLE campaigns SET LOCALITY GLOBAL;
