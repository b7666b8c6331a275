package dev.walletplatform.processors.ledger.rules;

import java.util.Comparator;

/** Primary key of a balances row; sorted the way rows are locked. */
public record BalanceKey(String walletId, String asset) implements Comparable<BalanceKey> {
  private static final Comparator<BalanceKey> ORDER =
      Comparator.comparing(BalanceKey::walletId).thenComparing(BalanceKey::asset);

  @Override
  public int compareTo(BalanceKey other) {
    return ORDER.compare(this, other);
  }
}
