package dev.walletplatform.gateway.kafka;

import dev.walletplatform.domain.id.DeviceId;
import dev.walletplatform.gateway.command.CommandEnvelope;
import dev.walletplatform.gateway.command.GiveawayClaimCommand;
import dev.walletplatform.gateway.command.TransferCommand;
import dev.walletplatform.gateway.command.WithdrawalCommand;
import dev.walletplatform.schemas.command.v1.GiveawayClaimRequested;
import dev.walletplatform.schemas.command.v1.TransferRequested;
import dev.walletplatform.schemas.command.v1.WalletCommand;
import dev.walletplatform.schemas.command.v1.WithdrawalRequested;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Maps a validated command to its Avro record on {@code wallet.commands.v1}. */
final class WalletCommandRecords {
  private WalletCommandRecords() {}

  static WalletCommand toAvro(CommandEnvelope envelope) {
    return WalletCommand.newBuilder()
        .setCommandId(envelope.commandId())
        .setClientId(envelope.clientId())
        .setIdempotencyKey(envelope.idempotencyKey().value())
        .setRequestHash(envelope.requestHash())
        .setAcceptedAt(envelope.acceptedAt())
        .setPayload(payload(envelope))
        .setDeviceId(envelope.device().map(DeviceId::value).orElse(null))
        .build();
  }

  private static Object payload(CommandEnvelope envelope) {
    return switch (envelope.command()) {
      case TransferCommand transfer ->
          TransferRequested.newBuilder()
              .setFromWallet(transfer.fromWallet().value())
              .setToWallet(transfer.toWallet().value())
              .setAsset(transfer.amount().asset().code())
              .setAmount(minorUnits(transfer.amount().minorUnits()))
              .build();
      case WithdrawalCommand withdrawal ->
          WithdrawalRequested.newBuilder()
              .setWallet(withdrawal.wallet().value())
              .setAsset(withdrawal.amount().asset().code())
              .setAmount(minorUnits(withdrawal.amount().minorUnits()))
              .setDestination(withdrawal.destination().value())
              .build();
      case GiveawayClaimCommand claim ->
          GiveawayClaimRequested.newBuilder()
              .setCampaignId(claim.campaign().value())
              .setWallet(claim.wallet().value())
              .build();
    };
  }

  /** decimal(38,0): the Avro conversion insists on scale 0. */
  private static BigDecimal minorUnits(BigInteger value) {
    return new BigDecimal(value, 0);
  }
}
