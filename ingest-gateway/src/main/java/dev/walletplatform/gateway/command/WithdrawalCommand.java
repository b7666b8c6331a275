package dev.walletplatform.gateway.command;

import dev.walletplatform.domain.id.WalletId;
import dev.walletplatform.domain.money.Money;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.SequencedMap;

/** Send {@code amount} out of the platform to an external destination; the wallet is the key. */
public record WithdrawalCommand(WalletId wallet, Money amount, WithdrawalDestination destination)
    implements GatewayCommand {
  public static final String ENDPOINT = "POST /v1/withdrawals";

  public WithdrawalCommand {
    Objects.requireNonNull(wallet, "wallet");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(destination, "destination");
  }

  @Override
  public String endpoint() {
    return ENDPOINT;
  }

  @Override
  public WalletId partitionWallet() {
    return wallet;
  }

  @Override
  public WalletId ownedWallet() {
    return wallet;
  }

  @Override
  public String ownedWalletField() {
    return "wallet";
  }

  @Override
  public SequencedMap<String, String> canonicalFields() {
    SequencedMap<String, String> fields = new LinkedHashMap<>();
    fields.put("wallet", wallet.value());
    fields.put("asset", amount.asset().code());
    fields.put("amount", amount.minorUnits().toString());
    fields.put("destination", destination.value());
    return fields;
  }
}
