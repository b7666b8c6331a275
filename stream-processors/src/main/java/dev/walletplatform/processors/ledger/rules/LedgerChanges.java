package dev.walletplatform.processors.ledger.rules;

import dev.walletplatform.processors.ledger.model.LedgerMessage;
import dev.walletplatform.processors.ledger.model.Outcome;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything a batch writes, final values only (a row touched ten times is written once), in the
 * shape the repository writes it with JDBC batches.
 *
 * @param processed the new processed_messages rows, one per message decided in this batch
 * @param walletEntryCounts final entry_count of existing wallets that got entries
 * @param balances final amount of every balance that changed (upserted)
 * @param campaignClaimedTotals final claimed_total of existing campaigns that paid claims
 */
public record LedgerChanges(
    List<Processed> processed,
    List<WalletRow> newWallets,
    Map<String, Long> walletEntryCounts,
    List<BalanceRow> balances,
    List<LedgerEntry> entries,
    List<CampaignState> newCampaigns,
    Map<String, BigInteger> campaignClaimedTotals,
    List<Claimed> newClaims,
    List<WithdrawalState> newWithdrawals,
    List<WithdrawalState> resolvedWithdrawals) {

  /** A message decided in this batch with its outcome. */
  public record Processed(LedgerMessage message, Outcome outcome) {}

  /** A giveaway_claims row. */
  public record Claimed(ClaimKey key, UUID messageId, Instant claimedAt) {}

  public boolean isEmpty() {
    return processed.isEmpty();
  }
}
