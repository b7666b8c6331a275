package dev.walletplatform.processors.ledger.jdbc;

import dev.walletplatform.ledgerdb.tx.SqlStates;
import dev.walletplatform.processors.ledger.model.LedgerMessage;
import dev.walletplatform.processors.ledger.rules.BatchState;
import dev.walletplatform.processors.ledger.rules.CampaignState;
import dev.walletplatform.processors.ledger.rules.LedgerBatch;
import dev.walletplatform.processors.ledger.rules.ProcessedRecord;
import dev.walletplatform.processors.ledger.rules.TouchedRows;
import dev.walletplatform.processors.ledger.rules.WithdrawalState;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Applies one batch inside the caller's transaction: read what was already processed, lock every
 * row the rest may touch (sorted), decide in memory in record order, write with JDBC batches. May
 * run several times for the same batch (40001 retries): it keeps no state between runs, and the
 * processed_messages rows written in the same transaction make a later run skip what committed.
 */
public final class JdbcLedgerRepository {
  private final LedgerBatch batch;
  private final Clock clock;
  private final LedgerRowReader reader = new LedgerRowReader();
  private final LedgerRowWriter writer = new LedgerRowWriter();

  public JdbcLedgerRepository(LedgerBatch batch, Clock clock) {
    this.batch = batch;
    this.clock = clock;
  }

  public LedgerBatch.Result apply(Connection c, List<LedgerMessage> messages) throws SQLException {
    Instant now = clock.instant();
    Map<UUID, ProcessedRecord> processed =
        reader.processed(c, messages.stream().map(LedgerMessage::id).toList());
    List<LedgerMessage> fresh =
        messages.stream().filter(m -> !processed.containsKey(m.id())).toList();
    TouchedRows touched = TouchedRows.of(fresh, batch.rules()::isKnownAsset);
    List<CampaignState> campaigns = reader.lockCampaigns(c, touched.campaignIds());
    List<WithdrawalState> withdrawals = reader.lockWithdrawals(c, touched.withdrawalIds());
    touched.withHoldingAccountsOf(withdrawals);
    writer.ensureSystemAccounts(c, reader.missingBalances(c, touched.systemBalances()), now);
    BatchState state =
        new BatchState(
            touched.walletIds(),
            reader.lockWallets(c, touched.walletIds()),
            reader.lockBalances(c, touched.walletIds()),
            campaigns,
            reader.claims(c, touched.campaignIds(), touched.claimWallets()),
            withdrawals,
            processed,
            now);
    LedgerBatch.Result result = batch.decide(messages, state);
    writeProcessed(c, result);
    writer.writeEffects(c, result.changes(), now);
    return result;
  }

  /**
   * A unique violation here means another applier recorded one of these ids after our read: a
   * zombie that lost its partitions, or a rebalance race. Reported as a serialization failure so
   * the batch runs again; the re-run reads the row and skips the message.
   */
  private void writeProcessed(Connection c, LedgerBatch.Result result) throws SQLException {
    try {
      writer.writeProcessed(c, result.changes().processed());
    } catch (SQLException e) {
      if (SqlStates.hasState(e, SqlStates.UNIQUE_VIOLATION)) {
        throw new SQLException(
            "a concurrent applier recorded a message of this batch first; running the batch again to skip it",
            SqlStates.SERIALIZATION_FAILURE,
            e);
      }
      throw e;
    }
  }
}
