package dev.walletplatform.walletservice.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.walletplatform.walletservice.db.LedgerEntryRow;
import java.util.List;
import java.util.Locale;

/**
 * GET /v1/wallets/{wallet}/transactions: entries newest first.
 *
 * @param nextCursor pass as {@code cursor} for older entries; null on the last page
 */
public record TransactionPage(
    @JsonProperty("items") List<Item> items, @JsonProperty("next_cursor") String nextCursor) {
  public TransactionPage {
    items = List.copyOf(items);
  }

  /**
   * One ledger entry of the wallet.
   *
   * @param commandId the command or event that made it: what GET /v1/commands/{id} takes
   * @param amount signed decimal string: credits positive, debits negative
   * @param balanceAfter the wallet's balance of this asset right after the entry
   */
  public record Item(
      @JsonProperty("entry_id") String entryId,
      @JsonProperty("command_id") String commandId,
      @JsonProperty("type") String type,
      @JsonProperty("asset") String asset,
      @JsonProperty("amount") String amount,
      @JsonProperty("balance_after") String balanceAfter,
      @JsonProperty("counterparty") String counterparty,
      @JsonProperty("created_at") String createdAt) {

    static Item of(LedgerEntryRow row, LedgerAmounts amounts) {
      return new Item(
          row.entryId().toString(),
          row.messageId().toString(),
          row.entryType().toLowerCase(Locale.ROOT),
          row.asset(),
          amounts.money(row.asset(), row.amountMinor()).toDecimalString(),
          amounts.money(row.asset(), row.balanceAfterMinor()).toDecimalString(),
          row.counterparty(),
          row.createdAt().toString());
    }
  }
}
