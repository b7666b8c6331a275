package dev.walletplatform.walletctl.it;

import static org.awaitility.Awaitility.await;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * What an auditor checks in the ledger's tables, as plain SQL, plus the simulated database bug of
 * the DLQ tests.
 */
final class Ledger {
  private static final Duration WAIT = Duration.ofSeconds(60);

  private final DataSource dataSource;

  Ledger(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  BigInteger balance(String wallet, String asset) throws SQLException {
    String value =
        single("SELECT amount FROM balances WHERE wallet_id = ? AND asset = ?", wallet, asset);
    return value == null ? BigInteger.ZERO : new BigInteger(value);
  }

  long processed(UUID id) throws SQLException {
    return count("SELECT count(*) FROM processed_messages WHERE message_id = ?", id);
  }

  long entriesOf(UUID id) throws SQLException {
    return count("SELECT count(*) FROM ledger_entries WHERE message_id = ?", id);
  }

  long count(String sql, Object... args) throws SQLException {
    String value = single(sql, args);
    return value == null ? 0 : Long.parseLong(value);
  }

  /**
   * Movements that are not two entries summing to zero, and messages with more than one movement:
   * both 0.
   */
  long brokenMovements() throws SQLException {
    return count(
            "SELECT count(*) FROM (SELECT movement_id FROM ledger_entries GROUP BY movement_id"
                + " HAVING count(*) <> 2 OR sum(amount) <> 0) m")
        + count(
            "SELECT count(*) FROM (SELECT message_id FROM ledger_entries GROUP BY message_id"
                + " HAVING count(DISTINCT movement_id) > 1) twice");
  }

  /** Sum of all balances over all assets: 0 when money is conserved (system accounts included). */
  long nonZeroAssetSums() throws SQLException {
    return count(
        "SELECT count(*) FROM (SELECT asset FROM balances GROUP BY asset HAVING sum(amount) <> 0) s");
  }

  void awaitDecided(Collection<UUID> ids) {
    await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              for (UUID id : ids) {
                if (processed(id) == 0) {
                  return false;
                }
              }
              return true;
            });
  }

  void awaitDecided(UUID... ids) {
    awaitDecided(List.of(ids));
  }

  /**
   * The simulated bug: the database refuses every ledger entry of wallets starting with {@code
   * prefix}.
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

  /** The fix. */
  void acceptAllEntries() throws SQLException {
    execute("DROP TRIGGER IF EXISTS it_refuse_entries ON ledger_entries");
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private String single(String sql, Object... args) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet rows = s.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }
}
