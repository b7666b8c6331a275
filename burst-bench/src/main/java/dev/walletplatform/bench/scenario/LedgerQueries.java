package dev.walletplatform.bench.scenario;

import dev.walletplatform.bench.BenchException;
import dev.walletplatform.fixtures.ledger.LedgerRows;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;

/** What the benchmark reads back from the ledger database. */
final class LedgerQueries {
  private static final int CHUNK = 50_000;

  private final DataSource dataSource;

  LedgerQueries(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  AcceptToApplied acceptToApplied(List<UUID> ids) {
    String sql =
        "SELECT count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY ms), percentile_cont(0.99) WITHIN GROUP"
            + " (ORDER BY ms), max(ms) FROM (SELECT extract(epoch FROM processed_at - accepted_at) * 1000 AS ms"
            + " FROM processed_messages WHERE message_id = ANY(?)) t";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      Array array = c.createArrayOf("uuid", ids.toArray());
      s.setArray(1, array);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return new AcceptToApplied(
            rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4));
      }
    } catch (SQLException e) {
      throw new BenchException(
          "cannot read accept-to-applied times of " + ids.size() + " commands", e);
    }
  }

  /**
   * Decided status of every id ("PENDING" for those the ledger has not decided: lost if it stays).
   */
  Map<String, Integer> statusOf(List<UUID> ids) {
    LedgerRows ledger = new LedgerRows(dataSource);
    Map<String, Integer> total = new TreeMap<>();
    int decided = 0;
    try {
      for (int from = 0; from < ids.size(); from += CHUNK) {
        for (String status :
            ledger.statusOf(ids.subList(from, Math.min(ids.size(), from + CHUNK))).values()) {
          total.merge(status, 1, Integer::sum);
          decided++;
        }
      }
    } catch (SQLException e) {
      throw new BenchException("cannot read the status of " + ids.size() + " accepted commands", e);
    }
    total.put("PENDING", ids.size() - decided);
    return total;
  }

  /** PostgreSQL's max_connections, as the server has it. */
  int maxConnections() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SHOW max_connections");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return Integer.parseInt(rs.getString(1));
    } catch (SQLException e) {
      throw new BenchException("cannot read max_connections", e);
    }
  }
}
