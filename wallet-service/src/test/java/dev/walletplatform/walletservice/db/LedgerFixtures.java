package dev.walletplatform.walletservice.db;

import dev.walletplatform.ledgerdb.config.DatabaseSettings;
import dev.walletplatform.ledgerdb.migration.LedgerMigrations;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Ledger rows written straight with SQL, standing in for the applier in read tests. Entry ids are
 * derived from wallet and sequence so a test can name the entries it expects.
 */
public final class LedgerFixtures {
  private static final Instant BASE = Instant.parse("2025-01-31T12:00:00Z");

  private final DataSource dataSource;

  public LedgerFixtures(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Creates the ledger schema with the real migrations, then returns fixtures for it. */
  public static LedgerFixtures migrated(
      String jdbcUrl, String username, String password, DataSource dataSource) {
    LedgerMigrations.migrate(
        dataSource, new DatabaseSettings(jdbcUrl, username, password, null, null, null, null));
    return new LedgerFixtures(dataSource);
  }

  public LedgerFixtures customer(String walletId) {
    return wallet(walletId, "CUSTOMER");
  }

  public LedgerFixtures system(String walletId) {
    return wallet(walletId, "SYSTEM");
  }

  public LedgerFixtures balance(String walletId, String asset, String minorUnits) {
    return update(
        "INSERT INTO balances (wallet_id, asset, amount, allow_negative, updated_at) VALUES (?, ?, ?, TRUE, ?)",
        walletId,
        asset,
        new BigDecimal(new BigInteger(minorUnits)),
        at(0));
  }

  /**
   * Entries {@code from..to} (inclusive) of 1 BTC satoshi times their sequence, alternating credit
   * and debit.
   */
  public LedgerFixtures entries(String walletId, long from, long to) {
    for (long seq = from; seq <= to; seq++) {
      long amount = seq % 2 == 0 ? -seq : seq;
      update(
          "INSERT INTO ledger_entries (wallet_id, entry_seq, entry_id, movement_id, message_id, entry_type, asset,"
              + " amount, balance_after, counterparty, created_at) VALUES (?, ?, ?, ?, ?, ?, 'BTC', ?, ?, ?, ?)",
          walletId,
          seq,
          entryId(walletId, seq),
          UUID.randomUUID(),
          commandId(walletId, seq),
          amount < 0 ? "TRANSFER_OUT" : "TRANSFER_IN",
          amount,
          seq * 1000,
          "bob",
          at(seq));
    }
    return update("UPDATE wallets SET entry_count = ? WHERE wallet_id = ?", to, walletId);
  }

  /** A transfer out of {@code walletId}, decided. */
  public LedgerFixtures processed(
      UUID commandId, String walletId, String status, String reasonCode) {
    return processed(commandId, "TRANSFER", walletId, status, reasonCode);
  }

  /**
   * A decided message of {@code kind}, recorded under {@code subject} (a wallet, or a campaign).
   */
  public LedgerFixtures processed(
      UUID commandId, String kind, String subject, String status, String reasonCode) {
    return update(
        "INSERT INTO processed_messages (message_id, message_kind, wallet_id, status, reason_code, accepted_at,"
            + " processed_at, source_topic, source_partition, source_offset)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, 'wallet.commands.v1', 0, 0)",
        commandId,
        kind,
        subject,
        status,
        reasonCode,
        at(0),
        at(1));
  }

  public static UUID entryId(String walletId, long seq) {
    return UUID.nameUUIDFromBytes(
        ("entry " + walletId + " " + seq).getBytes(StandardCharsets.UTF_8));
  }

  public static UUID commandId(String walletId, long seq) {
    return UUID.nameUUIDFromBytes(
        ("command " + walletId + " " + seq).getBytes(StandardCharsets.UTF_8));
  }

  /** The timestamps fixtures write: {@code 2025-01-31T12:00:00Z} plus {@code seconds}. */
  public static Instant instant(long seconds) {
    return BASE.plusSeconds(seconds);
  }

  private LedgerFixtures wallet(String walletId, String kind) {
    return update(
        "INSERT INTO wallets (wallet_id, owner, kind, created_at) VALUES (?, ?, ?, ?)",
        walletId,
        "owner-of-" + walletId,
        kind,
        at(0));
  }

  private static OffsetDateTime at(long seconds) {
    return instant(seconds).atOffset(ZoneOffset.UTC);
  }

  private LedgerFixtures update(String sql, Object... values) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
      return this;
    } catch (SQLException e) {
      throw new IllegalStateException("fixture failed: " + sql, e);
    }
  }
}
