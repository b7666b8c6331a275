package dev.walletplatform.local.observe;

import java.math.BigInteger;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Reads the ledger back and checks what users are promised: money conserved per asset, every
 * movement balanced, every balance equal to its entries, no customer balance below zero, and which
 * commands have been decided.
 */
public final class LedgerAudit {
  private final DataSource dataSource;

  public LedgerAudit(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The given message ids the ledger has not decided (no processed_messages row). */
  public Set<UUID> undecided(Collection<UUID> messageIds) throws SQLException {
    Set<UUID> undecided = new HashSet<>(messageIds);
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT message_id FROM processed_messages WHERE message_id = ANY(?)")) {
      s.setArray(1, c.createArrayOf("uuid", messageIds.toArray()));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          undecided.remove(rs.getObject(1, UUID.class));
        }
      }
    }
    return undecided;
  }

  /** Counts of the given message ids by decided status; ids not yet decided count as "PENDING". */
  public Map<String, Integer> statusOf(Collection<UUID> messageIds) throws SQLException {
    Map<String, Integer> counts = new TreeMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT status, count(*) FROM processed_messages WHERE message_id = ANY(?) GROUP BY status")) {
      Array ids = c.createArrayOf("uuid", messageIds.toArray());
      s.setArray(1, ids);
      int decided = 0;
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          counts.put(rs.getString(1), rs.getInt(2));
          decided += rs.getInt(2);
        }
      }
      counts.put("PENDING", messageIds.size() - decided);
    }
    return counts;
  }

  public AuditReport audit() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return new AuditReport(
          sums(c, "SELECT asset, sum(amount) FROM balances GROUP BY asset"),
          sums(
              c,
              "SELECT b.asset, sum(b.amount) FROM balances b JOIN wallets w ON w.wallet_id = b.wallet_id"
                  + " WHERE w.kind = 'CUSTOMER' GROUP BY b.asset"),
          count(
              c,
              "SELECT count(*) FROM balances b JOIN wallets w ON w.wallet_id = b.wallet_id"
                  + " WHERE w.kind = 'CUSTOMER' AND b.amount < 0"),
          count(
              c,
              "SELECT count(*) FROM (SELECT movement_id FROM ledger_entries GROUP BY movement_id"
                  + " HAVING sum(amount) <> 0 OR count(*) <> 2) unbalanced"),
          count(
              c,
              "SELECT count(*) FROM balances b LEFT JOIN (SELECT wallet_id, asset, sum(amount) AS total"
                  + " FROM ledger_entries GROUP BY wallet_id, asset) e ON e.wallet_id = b.wallet_id AND e.asset = b.asset"
                  + " WHERE b.amount <> coalesce(e.total, 0)"),
          count(c, "SELECT count(*) FROM ledger_entries"),
          count(c, "SELECT count(*) FROM processed_messages"));
    }
  }

  private static Map<String, BigInteger> sums(Connection c, String sql) throws SQLException {
    Map<String, BigInteger> sums = new TreeMap<>();
    try (PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        sums.put(rs.getString(1), rs.getBigDecimal(2).toBigIntegerExact());
      }
    }
    return sums;
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
