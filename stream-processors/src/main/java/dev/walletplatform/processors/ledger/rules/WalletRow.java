package dev.walletplatform.processors.ledger.rules;

/** A wallets row: {@code entryCount} is the entry_seq of the wallet's latest ledger entry. */
public record WalletRow(String walletId, String owner, Kind kind, long entryCount) {
  public enum Kind {
    CUSTOMER,
    SYSTEM
  }

  WalletRow withEntryCount(long count) {
    return new WalletRow(walletId, owner, kind, count);
  }
}
