package dev.walletplatform.walletservice.api;

import dev.walletplatform.domain.id.WalletId;
import dev.walletplatform.kit.http.Callers;
import dev.walletplatform.walletservice.db.HistorySlice;
import dev.walletplatform.walletservice.db.JdbcWalletReader;
import dev.walletplatform.walletservice.db.LedgerEntryRow;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * The ledger entries of a customer wallet the caller owns (else 403 WALLET_NOT_OWNED), newest
 * first, in keyset pages: each page starts below the last entry of the previous one, so entries
 * arriving meanwhile never shift or repeat a page.
 */
@Path("/v1/wallets/{wallet}/transactions")
@Produces(MediaType.APPLICATION_JSON)
public final class TransactionHistoryResource {
  /** Without a cursor a page starts above every entry. */
  private static final long NEWEST = Long.MAX_VALUE;

  private final JdbcWalletReader reader;
  private final LedgerAmounts amounts;

  public TransactionHistoryResource(JdbcWalletReader reader, LedgerAmounts amounts) {
    this.reader = reader;
    this.amounts = amounts;
  }

  /** Parameters are read as text: Jersey would answer a non-numeric limit with a bare 404. */
  @GET
  public TransactionPage transactions(
      @Context SecurityContext security,
      @PathParam("wallet") String walletText,
      @QueryParam("limit") String limitText,
      @QueryParam("cursor") String cursorText) {
    WalletId wallet = CustomerWallets.owned(Callers.of(security), walletText);
    PageLimit limit = PageLimit.parse(limitText);
    long before =
        cursorText == null ? NEWEST : HistoryCursor.decode(cursorText, wallet).beforeSeq();
    HistorySlice slice =
        reader
            .history(wallet, before, limit.value())
            .orElseThrow(() -> CustomerWallets.notFound(wallet));
    List<TransactionPage.Item> items =
        slice.entries().stream().map(row -> TransactionPage.Item.of(row, amounts)).toList();
    return new TransactionPage(items, slice.hasMore() ? nextCursor(slice, wallet) : null);
  }

  private static String nextCursor(HistorySlice slice, WalletId wallet) {
    LedgerEntryRow last = slice.entries().getLast();
    return new HistoryCursor(last.entrySeq()).encode(wallet);
  }
}
