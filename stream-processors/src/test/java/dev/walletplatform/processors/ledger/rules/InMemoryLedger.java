package dev.walletplatform.processors.ledger.rules;

import dev.walletplatform.domain.money.AssetCatalog;
import dev.walletplatform.processors.ledger.model.LedgerMessage;
import dev.walletplatform.processors.ledger.model.Outcome;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The ledger's tables as maps, loaded and written the way JdbcLedgerRepository does (TouchedRows,
 * system accounts created on demand, only the touched rows locked), so rule tests run whole batches
 * without a database.
 */
final class InMemoryLedger {
  final Map<String, WalletRow> wallets = new HashMap<>();
  final Map<BalanceKey, BalanceRow> balances = new HashMap<>();
  final Map<String, CampaignState> campaigns = new HashMap<>();
  final Set<ClaimKey> claims = new HashSet<>();
  final Map<UUID, WithdrawalState> withdrawals = new HashMap<>();
  final Map<UUID, ProcessedRecord> processed = new HashMap<>();
  final List<LedgerEntry> entries = new ArrayList<>();
  private final LedgerBatch batch = new LedgerBatch(new LedgerRules(AssetCatalog.defaults()));

  LedgerBatch.Result apply(LedgerMessage... messages) {
    return apply(List.of(messages));
  }

  LedgerBatch.Result apply(List<LedgerMessage> messages) {
    List<LedgerMessage> fresh =
        messages.stream().filter(m -> !processed.containsKey(m.id())).toList();
    TouchedRows touched = TouchedRows.of(fresh, batch.rules()::isKnownAsset);
    touched.withHoldingAccountsOf(
        touched.withdrawalIds().stream()
            .filter(withdrawals::containsKey)
            .map(withdrawals::get)
            .toList());
    for (BalanceKey key : touched.systemBalances()) {
      wallets.putIfAbsent(
          key.walletId(), new WalletRow(key.walletId(), "system", WalletRow.Kind.SYSTEM, 0));
      balances.putIfAbsent(
          key, new BalanceRow(key, BigInteger.ZERO, SystemAccounts.allowsNegative(key.walletId())));
    }
    BatchState state =
        new BatchState(
            touched.walletIds(),
            wallets.values().stream()
                .filter(w -> touched.walletIds().contains(w.walletId()))
                .toList(),
            balances.values().stream()
                .filter(b -> touched.walletIds().contains(b.key().walletId()))
                .toList(),
            campaigns.values().stream()
                .filter(c -> touched.campaignIds().contains(c.campaignId()))
                .toList(),
            claims,
            withdrawals.values().stream()
                .filter(w -> touched.withdrawalIds().contains(w.withdrawalId()))
                .toList(),
            processed,
            Messages.NOW);
    LedgerBatch.Result result = batch.decide(messages, state);
    merge(result.changes());
    return result;
  }

  Outcome applyOne(LedgerMessage message) {
    return apply(message).handled().getFirst().outcome();
  }

  private void merge(LedgerChanges changes) {
    changes
        .processed()
        .forEach(
            p ->
                processed.put(
                    p.message().id(), new ProcessedRecord(p.outcome(), p.message().requestHash())));
    changes.newWallets().forEach(w -> wallets.put(w.walletId(), w));
    changes
        .walletEntryCounts()
        .forEach((id, count) -> wallets.put(id, wallets.get(id).withEntryCount(count)));
    changes.balances().forEach(b -> balances.put(b.key(), b));
    entries.addAll(changes.entries());
    changes.newCampaigns().forEach(c -> campaigns.put(c.campaignId(), c));
    changes
        .campaignClaimedTotals()
        .forEach((id, total) -> campaigns.put(id, campaigns.get(id).withClaimedTotal(total)));
    changes.newClaims().forEach(c -> claims.add(c.key()));
    changes.newWithdrawals().forEach(w -> withdrawals.put(w.withdrawalId(), w));
    changes.resolvedWithdrawals().forEach(w -> withdrawals.put(w.withdrawalId(), w));
  }

  BigInteger balance(String wallet, String asset) {
    BalanceRow row = balances.get(new BalanceKey(wallet, asset));
    return row == null ? BigInteger.ZERO : row.amount();
  }

  /** Sum of every balance per asset: zero for each asset, always (money is conserved). */
  Map<String, BigInteger> sumPerAsset() {
    return balances.values().stream()
        .collect(
            Collectors.groupingBy(
                b -> b.key().asset(),
                Collectors.reducing(BigInteger.ZERO, BalanceRow::amount, BigInteger::add)));
  }
}
