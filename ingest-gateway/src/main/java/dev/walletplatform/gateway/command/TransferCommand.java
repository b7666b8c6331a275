package dev.walletplatform.gateway.command;

import dev.walletplatform.domain.id.WalletId;
import dev.walletplatform.domain.money.Money;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.SequencedMap;

/** Move {@code amount} from one wallet to another; the source is the partition key. */
public record TransferCommand(WalletId fromWallet, WalletId toWallet, Money amount)
    implements GatewayCommand {
  public static final String ENDPOINT = "POST /v1/transfers";

  public TransferCommand {
    Objects.requireNonNull(fromWallet, "fromWallet");
    Objects.requireNonNull(toWallet, "toWallet");
    Objects.requireNonNull(amount, "amount");
  }

  @Override
  public String endpoint() {
    return ENDPOINT;
  }

  @Override
  public WalletId partitionWallet() {
    return fromWallet;
  }

  @Override
  public WalletId ownedWallet() {
    return fromWallet;
  }

  @Override
  public String ownedWalletField() {
    return "from_wallet";
  }

  @Override
  public SequencedMap<String, String> canonicalFields() {
    SequencedMap<String, String> fields = new LinkedHashMap<>();
    fields.put("from_wallet", fromWallet.value());
    fields.put("to_wallet", toWallet.value());
    fields.put("asset", amount.asset().code());
    fields.put("amount", amount.minorUnits().toString());
    return fields;
  }
}
