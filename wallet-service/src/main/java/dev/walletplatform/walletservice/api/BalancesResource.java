package dev.walletplatform.walletservice.api;

import dev.walletplatform.domain.id.WalletId;
import dev.walletplatform.domain.money.Asset;
import dev.walletplatform.domain.money.Money;
import dev.walletplatform.kit.http.Callers;
import dev.walletplatform.walletservice.db.BalanceRow;
import dev.walletplatform.walletservice.db.JdbcWalletReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The balances of a customer wallet the caller owns (else 403 WALLET_NOT_OWNED): every configured
 * asset, zero where it holds none, sorted by asset code, so clients get one shape for every wallet.
 */
@Path("/v1/wallets/{wallet}/balances")
@Produces(MediaType.APPLICATION_JSON)
public final class BalancesResource {
  private final JdbcWalletReader reader;
  private final LedgerAmounts amounts;

  public BalancesResource(JdbcWalletReader reader, LedgerAmounts amounts) {
    this.reader = reader;
    this.amounts = amounts;
  }

  @GET
  public BalancesResponse balances(
      @Context SecurityContext security, @PathParam("wallet") String walletText) {
    WalletId wallet = CustomerWallets.owned(Callers.of(security), walletText);
    List<BalanceRow> rows =
        reader.balances(wallet).orElseThrow(() -> CustomerWallets.notFound(wallet));
    Map<String, BigInteger> held = new HashMap<>();
    for (BalanceRow row : rows) {
      amounts.money(
          row.asset(), row.amountMinor()); // an asset missing from the catalog fails here, loudly
      held.put(row.asset(), row.amountMinor());
    }
    List<BalancesResponse.Balance> balances =
        amounts.catalog().all().stream()
            .sorted(Comparator.comparing(Asset::code))
            .map(asset -> new Money(asset, held.getOrDefault(asset.code(), BigInteger.ZERO)))
            .map(BalancesResponse.Balance::of)
            .toList();
    return new BalancesResponse(wallet.value(), balances);
  }
}
