package dev.walletplatform.processors.it;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/** What an auditor would check in the ledger's tables, as plain SQL. */
final class LedgerQueries {
  private final DataSource dataSource;

  LedgerQueries(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  BigInteger balance(String wallet, String asset) throws SQLException {
    String value =
        single("SELECT amount FROM balances WHERE wallet_id = ? AND asset = ?", wallet, asset);
    return value == null ? BigInteger.ZERO : new BigInteger(value);
  }

  long count(String sql, Object... args) throws SQLException {
    String value = single(sql, args);
    return value == null ? 0 : Long.parseLong(value);
  }

  double number(String sql, Object... args) throws SQLException {
    String value = single(sql, args);
    return value == null ? 0 : Double.parseDouble(value);
  }

  long processed(UUID id) throws SQLException {
    return count("SELECT count(*) FROM processed_messages WHERE message_id = ?", id);
  }

  long entriesOf(UUID id) throws SQLException {
    return count("SELECT count(*) FROM ledger_entries WHERE message_id = ?", id);
  }

  String requestHashOf(UUID id) throws SQLException {
    return single("SELECT request_hash FROM processed_messages WHERE message_id = ?", id);
  }

  /** Sum of all balances per asset: zero for every asset if money is conserved. */
  Map<String, BigInteger> sumPerAsset() throws SQLException {
    return sums("SELECT asset, sum(amount) FROM balances GROUP BY asset");
  }

  /**
   * Balances that differ from the sum of their wallet's ledger entries; empty when the ledger
   * agrees.
   */
  long balancesDisagreeingWithEntries() throws SQLException {
    return count(
        """
        SELECT count(*) FROM balances b FULL JOIN
          (SELECT wallet_id, asset, sum(amount) AS total FROM ledger_entries GROUP BY wallet_id, asset) e
          ON b.wallet_id = e.wallet_id AND b.asset = e.asset
        WHERE coalesce(b.amount, 0) <> coalesce(e.total, 0)""");
  }

  /** Wallets whose entry_seq values are not exactly 1..entry_count. */
  long walletsWithGapsInEntrySeq() throws SQLException {
    return count(
        """
        SELECT count(*) FROM wallets w LEFT JOIN
          (SELECT wallet_id, count(*) AS n, max(entry_seq) AS top FROM ledger_entries GROUP BY wallet_id) e
          ON w.wallet_id = e.wallet_id
        WHERE w.entry_count <> coalesce(e.n, 0) OR w.entry_count <> coalesce(e.top, 0)""");
  }

  /** Movements that are not exactly two entries summing to zero. */
  long unbalancedMovements() throws SQLException {
    return count(
        """
        SELECT count(*) FROM (SELECT movement_id FROM ledger_entries GROUP BY movement_id
          HAVING count(*) <> 2 OR sum(amount) <> 0) m""");
  }

  private Map<String, BigInteger> sums(String sql) throws SQLException {
    Map<String, BigInteger> sums = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet rows = s.executeQuery()) {
      while (rows.next()) {
        sums.put(rows.getString(1), rows.getBigDecimal(2).toBigIntegerExact());
      }
    }
    return sums;
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
