package dev.walletplatform.schemas.serde;

import dev.walletplatform.schemas.command.v1.GiveawayClaimRequested;
import dev.walletplatform.schemas.command.v1.TransferRequested;
import dev.walletplatform.schemas.command.v1.WalletCommand;
import dev.walletplatform.schemas.command.v1.WithdrawalRequested;
import dev.walletplatform.schemas.event.v1.DepositConfirmed;
import dev.walletplatform.schemas.event.v1.GiveawayCampaignOpened;
import dev.walletplatform.schemas.event.v1.WalletEvent;
import dev.walletplatform.schemas.event.v1.WalletOpened;
import dev.walletplatform.schemas.event.v1.WithdrawalFailed;
import dev.walletplatform.schemas.event.v1.WithdrawalSettled;
import dev.walletplatform.schemas.result.v1.CommandResult;
import dev.walletplatform.schemas.result.v1.Outcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One envelope per payload type, with amounts at the 38-digit limit (wei of a large ETH balance).
 */
final class EnvelopeSamples {
  static final BigDecimal LARGEST_AMOUNT = new BigDecimal("99999999999999999999999999999999999999");
  static final Instant AT =
      Instant.ofEpochMilli(1_760_000_000_123L); // timestamp-millis keeps millis only

  private EnvelopeSamples() {}

  static List<WalletCommand> commands() {
    return List.of(
        command(new TransferRequested("wallet-a", "wallet-b", "BTC", new BigDecimal("150000000"))),
        command(
            new WithdrawalRequested(
                "wallet-a", "ETH", LARGEST_AMOUNT, "0x52908400098527886E0F7030069857D2E4169EE7")),
        command(new GiveawayClaimRequested("campaign-7", "wallet-a")),
        withDevice(command(new GiveawayClaimRequested("campaign-7", "wallet-b")), "ios-3f9a2c"));
  }

  static List<WalletEvent> events() {
    UUID withdrawal = UUID.randomUUID();
    return List.of(
        event(new WalletOpened("wallet-a", "customer-1")),
        event(new DepositConfirmed("wallet-a", "BTC", new BigDecimal("1"), "f4184fc5:0")),
        event(new WithdrawalSettled(withdrawal, "wallet-a", "ETH", LARGEST_AMOUNT, "0xabc")),
        event(
            new WithdrawalFailed(
                withdrawal, "wallet-a", "USDC", new BigDecimal("2500000"), "destination rejected")),
        event(
            new GiveawayCampaignOpened(
                "campaign-7",
                "USDC",
                new BigDecimal("1000000"),
                new BigDecimal("5000000000"),
                AT,
                AT.plusSeconds(3600))));
  }

  static List<CommandResult> results() {
    return List.of(
        new CommandResult(
            UUID.randomUUID(), "TRANSFER", "wallet-a", Outcome.APPLIED, null, AT, null),
        new CommandResult(
            UUID.randomUUID(),
            "WITHDRAWAL",
            "wallet-a",
            Outcome.REJECTED,
            "INSUFFICIENT_FUNDS",
            AT,
            null),
        new CommandResult(
            UUID.randomUUID(),
            "GIVEAWAY_CLAIM",
            "wallet-a",
            Outcome.APPLIED,
            null,
            AT,
            "campaign-7"));
  }

  static WalletCommand withDevice(WalletCommand command, String deviceId) {
    command.setDeviceId(deviceId);
    return command;
  }

  static WalletCommand command(Object payload) {
    return WalletCommand.newBuilder()
        .setCommandId(UUID.randomUUID())
        .setClientId("client-1")
        .setIdempotencyKey("key-" + payload.getClass().getSimpleName())
        .setRequestHash("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
        .setAcceptedAt(AT)
        .setPayload(payload)
        .build();
  }

  private static WalletEvent event(Object payload) {
    return WalletEvent.newBuilder()
        .setEventId(UUID.randomUUID())
        .setSource("chain-watcher")
        .setOccurredAt(AT)
        .setPayload(payload)
        .build();
  }
}
