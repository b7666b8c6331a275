package dev.walletplatform.processors.ledger.jdbc;

import static dev.walletplatform.processors.ledger.jdbc.JdbcValues.amount;
import static dev.walletplatform.processors.ledger.jdbc.JdbcValues.textArray;
import static dev.walletplatform.processors.ledger.jdbc.JdbcValues.timestamp;
import static dev.walletplatform.processors.ledger.jdbc.JdbcValues.uuid;
import static dev.walletplatform.processors.ledger.jdbc.JdbcValues.uuidArray;

import dev.walletplatform.processors.ledger.model.Outcome;
import dev.walletplatform.processors.ledger.rules.BalanceKey;
import dev.walletplatform.processors.ledger.rules.BalanceRow;
import dev.walletplatform.processors.ledger.rules.CampaignState;
import dev.walletplatform.processors.ledger.rules.ClaimKey;
import dev.walletplatform.processors.ledger.rules.ProcessedRecord;
import dev.walletplatform.processors.ledger.rules.WalletRow;
import dev.walletplatform.processors.ledger.rules.WithdrawalState;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The batch's reads. The {@code FOR UPDATE} reads take row locks in primary-key order, always in
 * the sequence campaigns → withdrawals → wallets → balances, so concurrent appliers queue instead
 * of deadlocking; under SERIALIZABLE the loser of a race gets 40001 and its batch runs again.
 */
final class LedgerRowReader {
  Map<UUID, ProcessedRecord> processed(Connection c, Collection<UUID> ids) throws SQLException {
    Map<UUID, ProcessedRecord> found = new HashMap<>();
    String sql =
        "SELECT message_id, message_kind, wallet_id, request_hash, status, reason_code, processed_at"
            + " FROM processed_messages WHERE message_id = ANY(?)";
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setArray(1, uuidArray(c, ids));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          Outcome outcome =
              new Outcome(
                  uuid(rows, "message_id"),
                  rows.getString("message_kind"),
                  rows.getString("wallet_id"),
                  Outcome.Status.valueOf(rows.getString("status")),
                  rows.getString("reason_code"),
                  timestamp(rows, "processed_at"));
          found.put(
              outcome.messageId(), new ProcessedRecord(outcome, rows.getString("request_hash")));
        }
      }
    }
    return found;
  }

  List<CampaignState> lockCampaigns(Connection c, Collection<String> ids) throws SQLException {
    List<CampaignState> found = new ArrayList<>();
    if (ids.isEmpty()) {
      return found;
    }
    String sql =
        "SELECT campaign_id, asset, amount_per_claim, budget, claimed_total, opens_at, closes_at,"
            + " funding_wallet_id FROM campaigns WHERE campaign_id = ANY(?) ORDER BY campaign_id FOR UPDATE";
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setArray(1, textArray(c, ids));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          found.add(
              new CampaignState(
                  rows.getString("campaign_id"),
                  rows.getString("asset"),
                  amount(rows, "amount_per_claim"),
                  amount(rows, "budget"),
                  amount(rows, "claimed_total"),
                  timestamp(rows, "opens_at"),
                  timestamp(rows, "closes_at"),
                  rows.getString("funding_wallet_id")));
        }
      }
    }
    return found;
  }

  List<WithdrawalState> lockWithdrawals(Connection c, Collection<UUID> ids) throws SQLException {
    List<WithdrawalState> found = new ArrayList<>();
    if (ids.isEmpty()) {
      return found;
    }
    String sql =
        "SELECT withdrawal_id, wallet_id, asset, amount, destination, holding_wallet_id, status,"
            + " requested_at, resolved_at FROM withdrawals WHERE withdrawal_id = ANY(?) ORDER BY withdrawal_id FOR UPDATE";
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setArray(1, uuidArray(c, ids));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          found.add(
              new WithdrawalState(
                  uuid(rows, "withdrawal_id"),
                  rows.getString("wallet_id"),
                  rows.getString("asset"),
                  amount(rows, "amount"),
                  rows.getString("destination"),
                  rows.getString("holding_wallet_id"),
                  WithdrawalState.Status.valueOf(rows.getString("status")),
                  timestamp(rows, "requested_at"),
                  timestamp(rows, "resolved_at")));
        }
      }
    }
    return found;
  }

  /**
   * The system balances of {@code wanted} that do not exist yet. Not locking: creating them is
   * idempotent.
   */
  SortedSet<BalanceKey> missingBalances(Connection c, SortedSet<BalanceKey> wanted)
      throws SQLException {
    SortedSet<BalanceKey> missing = new TreeSet<>(wanted);
    if (wanted.isEmpty()) {
      return missing;
    }
    String sql = "SELECT wallet_id, asset FROM balances WHERE wallet_id = ANY(?)";
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setArray(
          1, textArray(c, wanted.stream().map(BalanceKey::walletId).distinct().toList()));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          missing.remove(new BalanceKey(rows.getString("wallet_id"), rows.getString("asset")));
        }
      }
    }
    return missing;
  }

  List<WalletRow> lockWallets(Connection c, Collection<String> ids) throws SQLException {
    List<WalletRow> found = new ArrayList<>();
    if (ids.isEmpty()) {
      return found;
    }
    String sql =
        "SELECT wallet_id, owner, kind, entry_count FROM wallets WHERE wallet_id = ANY(?)"
            + " ORDER BY wallet_id FOR UPDATE";
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setArray(1, textArray(c, ids));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          found.add(
              new WalletRow(
                  rows.getString("wallet_id"),
                  rows.getString("owner"),
                  WalletRow.Kind.valueOf(rows.getString("kind")),
                  rows.getLong("entry_count")));
        }
      }
    }
    return found;
  }

  List<BalanceRow> lockBalances(Connection c, Collection<String> walletIds) throws SQLException {
    List<BalanceRow> found = new ArrayList<>();
    if (walletIds.isEmpty()) {
      return found;
    }
    String sql =
        "SELECT wallet_id, asset, amount, allow_negative FROM balances WHERE wallet_id = ANY(?)"
            + " ORDER BY wallet_id, asset FOR UPDATE";
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setArray(1, textArray(c, walletIds));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          found.add(
              new BalanceRow(
                  new BalanceKey(rows.getString("wallet_id"), rows.getString("asset")),
                  amount(rows, "amount"),
                  rows.getBoolean("allow_negative")));
        }
      }
    }
    return found;
  }

  List<ClaimKey> claims(Connection c, Collection<String> campaignIds, Collection<String> walletIds)
      throws SQLException {
    List<ClaimKey> found = new ArrayList<>();
    if (campaignIds.isEmpty() || walletIds.isEmpty()) {
      return found;
    }
    String sql =
        "SELECT campaign_id, wallet_id FROM giveaway_claims WHERE campaign_id = ANY(?) AND wallet_id = ANY(?)";
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      Array campaigns = textArray(c, campaignIds);
      statement.setArray(1, campaigns);
      statement.setArray(2, textArray(c, walletIds));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          found.add(new ClaimKey(rows.getString("campaign_id"), rows.getString("wallet_id")));
        }
      }
    }
    return found;
  }
}
