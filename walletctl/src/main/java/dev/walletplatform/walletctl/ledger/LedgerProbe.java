package dev.walletplatform.walletctl.ledger;

import dev.walletplatform.walletctl.ExitCode;
import dev.walletplatform.walletctl.UnreachableException;
import dev.walletplatform.walletctl.WalletctlException;
import dev.walletplatform.walletctl.config.DatabaseTarget;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * Read-only questions to the ledger database, for proofs: the connection is read-only and every
 * snapshot is one read-only transaction rolled back at its end (no snapshot is held between them).
 */
public final class LedgerProbe implements AutoCloseable {
  private static final int CHUNK = 1_000;
  private static final String DECIDED =
      "SELECT message_id, status FROM processed_messages WHERE message_id = ANY(?)";
  private static final String ENTRIES =
      "SELECT message_id, count(*), count(DISTINCT movement_id) FROM ledger_entries"
          + " WHERE message_id = ANY(?) GROUP BY message_id";

  private final Connection connection;
  private final DatabaseTarget target;

  private LedgerProbe(Connection connection, DatabaseTarget target) {
    this.connection = connection;
    this.target = target;
  }

  public static LedgerProbe open(DatabaseTarget target) {
    Properties properties = new Properties();
    properties.setProperty("user", target.user());
    properties.setProperty("password", target.password());
    properties.setProperty("readOnly", "true");
    properties.setProperty("connectTimeout", "10");
    properties.setProperty("socketTimeout", "60");
    properties.setProperty("ApplicationName", "walletctl");
    try {
      Connection connection = DriverManager.getConnection(target.jdbcUrl(), properties);
      connection.setReadOnly(true);
      connection.setAutoCommit(false);
      return new LedgerProbe(connection, target);
    } catch (SQLException e) {
      throw failure(e, target, "connecting");
    }
  }

  /** The state of each id; ids the ledger never saw are absent (undecided). */
  public LedgerSnapshot snapshot(Collection<UUID> ids) {
    Map<UUID, String> statuses = new HashMap<>();
    Map<UUID, long[]> entries = new HashMap<>();
    List<UUID> all = new ArrayList<>(ids);
    try {
      for (int from = 0; from < all.size(); from += CHUNK) {
        Array chunk =
            connection.createArrayOf(
                "uuid", all.subList(from, Math.min(all.size(), from + CHUNK)).toArray());
        query(
            DECIDED, chunk, rows -> statuses.put(rows.getObject(1, UUID.class), rows.getString(2)));
        query(
            ENTRIES,
            chunk,
            rows ->
                entries.put(
                    rows.getObject(1, UUID.class), new long[] {rows.getLong(2), rows.getLong(3)}));
      }
      connection.rollback();
    } catch (SQLException e) {
      throw failure(e, target, "reading processed_messages and ledger_entries");
    }
    Map<UUID, MessageState> states = new HashMap<>();
    statuses.forEach((id, status) -> states.put(id, new MessageState(status, 0, 0)));
    entries.forEach(
        (id, counts) -> states.put(id, new MessageState(statuses.get(id), counts[0], counts[1])));
    return new LedgerSnapshot(states);
  }

  private interface RowReader {
    void read(ResultSet rows) throws SQLException;
  }

  private void query(String sql, Array ids, RowReader reader) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setArray(1, ids);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          reader.read(rows);
        }
      }
    }
  }

  private static WalletctlException failure(SQLException e, DatabaseTarget target, String doing) {
    String state = e.getSQLState();
    String text = doing + " " + target + " failed: " + e.getMessage() + " (SQLSTATE " + state + ")";
    if (state == null || state.startsWith("08") || state.startsWith("57P")) {
      return new UnreachableException("ledger database unreachable: " + text, e);
    }
    return new WalletctlException(ExitCode.FAILED, text, e);
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // read-only and rolled back: nothing to lose by a failed close
    }
  }
}
