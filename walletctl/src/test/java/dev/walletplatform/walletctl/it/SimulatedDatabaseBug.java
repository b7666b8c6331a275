package dev.walletplatform.walletctl.it;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The bug of the dead-letter tests: a trigger makes the database refuse every ledger entry of some
 * wallets (a check violation, as a bad migration would), so the applier dead-letters their
 * commands; dropping the trigger is the fix being deployed.
 */
final class SimulatedDatabaseBug {
  private final DataSource dataSource;

  SimulatedDatabaseBug(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * From now on, every ledger entry of a wallet starting with {@code prefix} is refused (SQLSTATE
   * 23514).
   */
  void refuseEntriesOf(String prefix) throws SQLException {
    execute(
        "CREATE OR REPLACE FUNCTION it_refuse_entries() RETURNS trigger AS $$ BEGIN"
            + " IF NEW.wallet_id LIKE '"
            + prefix
            + "%' THEN RAISE EXCEPTION 'simulated bug: entries for % refused',"
            + " NEW.wallet_id USING ERRCODE = '23514'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql");
    execute("DROP TRIGGER IF EXISTS it_refuse_entries ON ledger_entries");
    execute(
        "CREATE TRIGGER it_refuse_entries BEFORE INSERT ON ledger_entries FOR EACH ROW"
            + " EXECUTE FUNCTION it_refuse_entries()");
  }

  /** The fix is deployed: every entry is accepted again. */
  void fix() throws SQLException {
    execute("DROP TRIGGER IF EXISTS it_refuse_entries ON ledger_entries");
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
