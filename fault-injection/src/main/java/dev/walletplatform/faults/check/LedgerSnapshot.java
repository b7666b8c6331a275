package dev.walletplatform.faults.check;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The ledger and the topics as they stand after the system quiesced.
 *
 * @param decisions per message id: the ledger's decision, or a rejection seen only on the results
 *     topic
 * @param movementsByMessage distinct movements recorded per message id
 * @param entriesByWallet each wallet's entries in {@code seq} order
 * @param customerBalances wallet → asset → minor units, customer wallets only
 * @param totalByAsset sum of every balance (system accounts included) per asset: 0 when money is
 *     conserved
 * @param deadLetterCodes poison id → the {@code dlq.error.code} its dead letter carries
 */
public record LedgerSnapshot(
    Map<UUID, Decision> decisions,
    Map<UUID, Integer> movementsByMessage,
    Map<String, List<WalletEntry>> entriesByWallet,
    Map<String, Map<String, BigInteger>> customerBalances,
    Map<String, BigInteger> totalByAsset,
    Map<String, String> deadLetterCodes) {

  public LedgerSnapshot {
    decisions = Map.copyOf(decisions);
    movementsByMessage = Map.copyOf(movementsByMessage);
    entriesByWallet = Map.copyOf(entriesByWallet);
    customerBalances = Map.copyOf(customerBalances);
    totalByAsset = Map.copyOf(totalByAsset);
    deadLetterCodes = Map.copyOf(deadLetterCodes);
  }

  public Set<UUID> decidedIds() {
    return decisions.keySet();
  }
}
