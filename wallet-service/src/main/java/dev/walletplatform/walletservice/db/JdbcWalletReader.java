package dev.walletplatform.walletservice.db;

import dev.walletplatform.domain.id.WalletId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The read API's queries. Only customer wallets are visible: system accounts (deposits, holding,
 * campaign funds) hold the platform's own money and are not any client's business.
 */
public final class JdbcWalletReader {
  private static final String CUSTOMER_BALANCES =
      "SELECT b.asset, b.amount FROM wallets w LEFT JOIN balances b ON b.wallet_id = w.wallet_id"
          + " WHERE w.wallet_id = ? AND w.kind = 'CUSTOMER'";
  private static final String CUSTOMER_EXISTS =
      "SELECT 1 FROM wallets WHERE wallet_id = ? AND kind = 'CUSTOMER'";
  // Keyset, not OFFSET: entries arriving between pages shift nothing, and every page is one index
  // range scan.
  private static final String ENTRIES_BELOW =
      "SELECT entry_seq, entry_id, message_id, entry_type, asset, amount, balance_after, counterparty, created_at"
          + " FROM ledger_entries WHERE wallet_id = ? AND entry_seq < ? ORDER BY entry_seq DESC LIMIT ?";
  private static final String PROCESSED =
      "SELECT message_id, message_kind, wallet_id, status, reason_code, processed_at FROM processed_messages"
          + " WHERE message_id = ?";

  private final ReadPool pool;
  private final int queryTimeoutSeconds;

  public JdbcWalletReader(ReadPool pool, Duration queryTimeout) {
    this.pool = pool;
    this.queryTimeoutSeconds = (int) Math.max(1, queryTimeout.toSeconds());
  }

  /** The wallet's balance rows (possibly none), or empty when no such customer wallet exists. */
  public Optional<List<BalanceRow>> balances(WalletId wallet) {
    try (Connection connection = pool.connection();
        PreparedStatement statement = prepare(connection, CUSTOMER_BALANCES)) {
      statement.setString(1, wallet.value());
      boolean exists = false;
      List<BalanceRow> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          exists = true;
          if (result.getString(1) != null) {
            rows.add(
                new BalanceRow(result.getString(1), result.getBigDecimal(2).toBigIntegerExact()));
          }
        }
      }
      return exists ? Optional.of(rows) : Optional.empty();
    } catch (SQLException e) {
      throw pool.failure("reading balances of " + wallet, e);
    }
  }

  /**
   * Up to {@code limit} entries with {@code entry_seq < beforeSeq}, newest first; empty when no
   * such customer wallet exists.
   */
  public Optional<HistorySlice> history(WalletId wallet, long beforeSeq, int limit) {
    try (Connection connection = pool.connection()) {
      if (!customerExists(connection, wallet)) {
        return Optional.empty();
      }
      try (PreparedStatement statement = prepare(connection, ENTRIES_BELOW)) {
        statement.setString(1, wallet.value());
        statement.setLong(2, beforeSeq);
        statement.setInt(3, limit + 1); // one extra row says whether another page exists
        List<LedgerEntryRow> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery()) {
          while (result.next()) {
            rows.add(entry(result));
          }
        }
        boolean hasMore = rows.size() > limit;
        return Optional.of(new HistorySlice(hasMore ? rows.subList(0, limit) : rows, hasMore));
      }
    } catch (SQLException e) {
      throw pool.failure("reading history of " + wallet + " below entry " + beforeSeq, e);
    }
  }

  /**
   * The ledger's decision on a command, or empty when it has not decided (or never heard of it).
   * Whose it is (kind, wallet) comes along: the resource shows it only to that wallet's owner.
   */
  public Optional<ProcessedCommandRow> command(UUID commandId) {
    try (Connection connection = pool.connection();
        PreparedStatement statement = prepare(connection, PROCESSED)) {
      statement.setObject(1, commandId);
      try (ResultSet result = statement.executeQuery()) {
        if (!result.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new ProcessedCommandRow(
                result.getObject(1, UUID.class),
                result.getString(2),
                result.getString(3),
                result.getString(4),
                result.getString(5),
                instant(result, 6)));
      }
    } catch (SQLException e) {
      throw pool.failure("reading the status of command " + commandId, e);
    }
  }

  private boolean customerExists(Connection connection, WalletId wallet) throws SQLException {
    try (PreparedStatement statement = prepare(connection, CUSTOMER_EXISTS)) {
      statement.setString(1, wallet.value());
      try (ResultSet result = statement.executeQuery()) {
        return result.next();
      }
    }
  }

  private PreparedStatement prepare(Connection connection, String sql) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    statement.setQueryTimeout(queryTimeoutSeconds);
    return statement;
  }

  private static LedgerEntryRow entry(ResultSet result) throws SQLException {
    return new LedgerEntryRow(
        result.getLong("entry_seq"),
        result.getObject("entry_id", UUID.class),
        result.getObject("message_id", UUID.class),
        result.getString("entry_type"),
        result.getString("asset"),
        result.getBigDecimal("amount").toBigIntegerExact(),
        result.getBigDecimal("balance_after").toBigIntegerExact(),
        result.getString("counterparty"),
        instant(result, result.findColumn("created_at")));
  }

  private static Instant instant(ResultSet result, int column) throws SQLException {
    return result.getObject(column, OffsetDateTime.class).toInstant();
  }
}
