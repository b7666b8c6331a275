package dev.walletplatform.gateway.command;

import dev.walletplatform.domain.id.WalletId;
import java.util.SequencedMap;

/** A command a client asked for, fully validated: every field is a domain value. */
public sealed interface GatewayCommand
    permits TransferCommand, WithdrawalCommand, GiveawayClaimCommand {
  /** The endpoint as the canonical request names it, e.g. {@code POST /v1/transfers}. */
  String endpoint();

  /**
   * The wallet debited or claimed into: the Kafka record key, so one wallet's commands stay in
   * order.
   */
  WalletId partitionWallet();

  /**
   * The wallet the caller's token must own: the one money leaves (transfer, withdrawal) or the one
   * a giveaway claim credits. A command for any other wallet is refused before it is published.
   */
  WalletId ownedWallet();

  /** The body field naming {@link #ownedWallet()}, for the refusal's details. */
  String ownedWalletField();

  /**
   * The normalized fields in a fixed order (amount in minor units), the input of the request hash:
   * two bodies that mean the same command have the same fields whatever their JSON spelling.
   */
  SequencedMap<String, String> canonicalFields();
}
