package dev.walletplatform.processors.ledger.jdbc;

import static dev.walletplatform.processors.ledger.jdbc.JdbcValues.setAmount;
import static dev.walletplatform.processors.ledger.jdbc.JdbcValues.setTimestamp;

import dev.walletplatform.processors.ledger.model.LedgerMessage;
import dev.walletplatform.processors.ledger.model.RequestMeta;
import dev.walletplatform.processors.ledger.rules.BalanceKey;
import dev.walletplatform.processors.ledger.rules.BalanceRow;
import dev.walletplatform.processors.ledger.rules.CampaignState;
import dev.walletplatform.processors.ledger.rules.LedgerChanges;
import dev.walletplatform.processors.ledger.rules.LedgerEntry;
import dev.walletplatform.processors.ledger.rules.SystemAccounts;
import dev.walletplatform.processors.ledger.rules.WalletRow;
import dev.walletplatform.processors.ledger.rules.WithdrawalState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.SortedSet;

/**
 * The batch's writes, one JDBC batch per statement (PgJDBC's reWriteBatchedInserts turns each into
 * multi-row INSERTs). processed_messages goes first: a zombie applier that lost its partitions
 * fails on that primary key before touching anything else.
 */
final class LedgerRowWriter {
  /** Binds one row's values to the statement's parameters. */
  interface Binder<T> {
    void bind(PreparedStatement statement, T row) throws SQLException;
  }

  void writeProcessed(Connection c, Collection<LedgerChanges.Processed> rows) throws SQLException {
    batch(
        c,
        "INSERT INTO processed_messages (message_id, message_kind, wallet_id, client_id, idempotency_key,"
            + " request_hash, status, reason_code, accepted_at, processed_at, source_topic, source_partition,"
            + " source_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
        (s, p) -> {
          LedgerMessage m = p.message();
          RequestMeta request = m.request();
          s.setObject(1, m.id());
          s.setString(2, p.outcome().kind());
          s.setString(3, p.outcome().subject());
          s.setString(4, request == null ? null : request.clientId());
          s.setString(5, request == null ? null : request.idempotencyKey());
          s.setString(6, request == null ? null : request.requestHash());
          s.setString(7, p.outcome().status().name());
          s.setString(8, p.outcome().reasonCode());
          setTimestamp(s, 9, request == null ? null : request.acceptedAt());
          setTimestamp(s, 10, p.outcome().processedAt());
          s.setString(11, m.source().topic());
          s.setInt(12, m.source().partition());
          s.setLong(13, m.source().offset());
        });
  }

  /**
   * Creates missing system accounts (empty); idempotent, so two appliers creating one at once both
   * succeed.
   */
  void ensureSystemAccounts(Connection c, SortedSet<BalanceKey> missing, Instant now)
      throws SQLException {
    if (missing.isEmpty()) {
      return;
    }
    batch(
        c,
        "INSERT INTO wallets (wallet_id, owner, kind, entry_count, created_at) VALUES (?, ?, 'SYSTEM', 0, ?)"
            + " ON CONFLICT (wallet_id) DO NOTHING",
        missing.stream().map(BalanceKey::walletId).distinct().toList(),
        (s, walletId) -> {
          s.setString(1, walletId);
          s.setString(2, SystemAccounts.OWNER);
          setTimestamp(s, 3, now);
        });
    batch(
        c,
        "INSERT INTO balances (wallet_id, asset, amount, allow_negative, updated_at) VALUES (?, ?, 0, ?, ?)"
            + " ON CONFLICT (wallet_id, asset) DO NOTHING",
        missing,
        (s, key) -> {
          s.setString(1, key.walletId());
          s.setString(2, key.asset());
          s.setBoolean(3, SystemAccounts.allowsNegative(key.walletId()));
          setTimestamp(s, 4, now);
        });
  }

  /**
   * Everything but processed_messages, parents before children (balances and claims have foreign
   * keys).
   */
  void writeEffects(Connection c, LedgerChanges changes, Instant now) throws SQLException {
    batch(
        c,
        "INSERT INTO wallets (wallet_id, owner, kind, entry_count, created_at) VALUES (?, ?, ?, ?, ?)",
        changes.newWallets(),
        (s, w) -> bindWallet(s, w, now));
    batch(
        c,
        "UPDATE wallets SET entry_count = ? WHERE wallet_id = ?",
        changes.walletEntryCounts().entrySet(),
        (s, e) -> {
          s.setLong(1, e.getValue());
          s.setString(2, e.getKey());
        });
    batch(
        c,
        "INSERT INTO balances (wallet_id, asset, amount, allow_negative, updated_at) VALUES (?, ?, ?, ?, ?)"
            + " ON CONFLICT (wallet_id, asset) DO UPDATE SET amount = excluded.amount, updated_at = excluded.updated_at",
        changes.balances(),
        (s, b) -> bindBalance(s, b, now));
    batch(
        c,
        "INSERT INTO ledger_entries (wallet_id, entry_seq, entry_id, movement_id, message_id, entry_type, asset,"
            + " amount, balance_after, counterparty, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        changes.entries(),
        LedgerRowWriter::bindEntry);
    batch(
        c,
        "INSERT INTO campaigns (campaign_id, asset, amount_per_claim, budget, claimed_total, opens_at, closes_at,"
            + " funding_wallet_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        changes.newCampaigns(),
        LedgerRowWriter::bindCampaign);
    batch(
        c,
        "UPDATE campaigns SET claimed_total = ? WHERE campaign_id = ?",
        changes.campaignClaimedTotals().entrySet(),
        (s, e) -> {
          setAmount(s, 1, e.getValue());
          s.setString(2, e.getKey());
        });
    batch(
        c,
        "INSERT INTO giveaway_claims (campaign_id, wallet_id, message_id, claimed_at) VALUES (?, ?, ?, ?)",
        changes.newClaims(),
        (s, claim) -> {
          s.setString(1, claim.key().campaignId());
          s.setString(2, claim.key().walletId());
          s.setObject(3, claim.messageId());
          setTimestamp(s, 4, claim.claimedAt());
        });
    batch(
        c,
        "INSERT INTO withdrawals (withdrawal_id, wallet_id, asset, amount, destination, holding_wallet_id, status,"
            + " requested_at, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        changes.newWithdrawals(),
        LedgerRowWriter::bindWithdrawal);
    batch(
        c,
        "UPDATE withdrawals SET status = ?, resolved_at = ? WHERE withdrawal_id = ?",
        changes.resolvedWithdrawals(),
        (s, w) -> {
          s.setString(1, w.status().name());
          setTimestamp(s, 2, w.resolvedAt());
          s.setObject(3, w.withdrawalId());
        });
  }

  private static void bindWallet(PreparedStatement s, WalletRow w, Instant now)
      throws SQLException {
    s.setString(1, w.walletId());
    s.setString(2, w.owner());
    s.setString(3, w.kind().name());
    s.setLong(4, w.entryCount());
    setTimestamp(s, 5, now);
  }

  private static void bindBalance(PreparedStatement s, BalanceRow b, Instant now)
      throws SQLException {
    s.setString(1, b.key().walletId());
    s.setString(2, b.key().asset());
    setAmount(s, 3, b.amount());
    s.setBoolean(4, b.allowNegative());
    setTimestamp(s, 5, now);
  }

  private static void bindEntry(PreparedStatement s, LedgerEntry e) throws SQLException {
    s.setString(1, e.walletId());
    s.setLong(2, e.entrySeq());
    s.setObject(3, e.entryId());
    s.setObject(4, e.movementId());
    s.setObject(5, e.messageId());
    s.setString(6, e.type().name());
    s.setString(7, e.asset());
    setAmount(s, 8, e.amount());
    setAmount(s, 9, e.balanceAfter());
    s.setString(10, e.counterparty());
    setTimestamp(s, 11, e.createdAt());
  }

  private static void bindCampaign(PreparedStatement s, CampaignState c) throws SQLException {
    s.setString(1, c.campaignId());
    s.setString(2, c.asset());
    setAmount(s, 3, c.amountPerClaim());
    setAmount(s, 4, c.budget());
    setAmount(s, 5, c.claimedTotal());
    setTimestamp(s, 6, c.opensAt());
    setTimestamp(s, 7, c.closesAt());
    s.setString(8, c.fundingWallet());
  }

  private static void bindWithdrawal(PreparedStatement s, WithdrawalState w) throws SQLException {
    s.setObject(1, w.withdrawalId());
    s.setString(2, w.wallet());
    s.setString(3, w.asset());
    setAmount(s, 4, w.amount());
    s.setString(5, w.destination());
    s.setString(6, w.holdingWallet());
    s.setString(7, w.status().name());
    setTimestamp(s, 8, w.requestedAt());
    setTimestamp(s, 9, w.resolvedAt());
  }

  private static <T> void batch(Connection c, String sql, Collection<T> rows, Binder<T> binder)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (T row : rows) {
        binder.bind(statement, row);
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }
}
