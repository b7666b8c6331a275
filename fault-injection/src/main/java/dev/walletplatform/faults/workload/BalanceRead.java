package dev.walletplatform.faults.workload;

import java.math.BigInteger;
import java.util.Map;

/** What the wallet service showed a reader for one wallet: minor units per asset. */
public record BalanceRead(String wallet, Map<String, BigInteger> balances, String phase) {
  public BalanceRead {
    balances = Map.copyOf(balances);
  }
}
