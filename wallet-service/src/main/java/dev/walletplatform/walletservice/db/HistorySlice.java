package dev.walletplatform.walletservice.db;

import java.util.List;

/**
 * Up to {@code limit} entries below a sequence number, newest first.
 *
 * @param hasMore whether older entries remain (the query fetched one extra row to know)
 */
public record HistorySlice(List<LedgerEntryRow> entries, boolean hasMore) {
  public HistorySlice {
    entries = List.copyOf(entries);
  }
}
