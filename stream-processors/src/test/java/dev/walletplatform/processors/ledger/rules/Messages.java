package dev.walletplatform.processors.ledger.rules;

import dev.walletplatform.processors.ledger.model.Instruction;
import dev.walletplatform.processors.ledger.model.LedgerMessage;
import dev.walletplatform.processors.ledger.model.RequestMeta;
import dev.walletplatform.processors.ledger.model.SourcePosition;
import dev.walletplatform.schemas.Topics;
import java.math.BigInteger;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds ledger messages for rule tests: events on the events topic, commands on the commands
 * topic.
 */
final class Messages {
  static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
  private static final AtomicLong OFFSETS = new AtomicLong();

  private Messages() {}

  static LedgerMessage event(Instruction instruction) {
    return new LedgerMessage(UUID.randomUUID(), position(Topics.EVENTS, 0), null, instruction);
  }

  static LedgerMessage command(Instruction instruction) {
    return command(UUID.randomUUID(), "hash-" + UUID.randomUUID(), NOW, instruction);
  }

  static LedgerMessage command(
      UUID id, String requestHash, Instant acceptedAt, Instruction instruction) {
    return new LedgerMessage(
        id,
        position(Topics.COMMANDS, 0),
        new RequestMeta("client-1", "key-" + id, requestHash, acceptedAt),
        instruction);
  }

  static LedgerMessage openWallet(String wallet) {
    return event(new Instruction.OpenWallet(wallet, "owner-of-" + wallet));
  }

  static LedgerMessage deposit(String wallet, String asset, long amount) {
    return event(
        new Instruction.Deposit(
            wallet, asset, BigInteger.valueOf(amount), "tx-" + UUID.randomUUID()));
  }

  static LedgerMessage transfer(String from, String to, String asset, long amount) {
    return command(new Instruction.Transfer(from, to, asset, BigInteger.valueOf(amount)));
  }

  static LedgerMessage withdraw(String wallet, String asset, long amount) {
    return command(
        new Instruction.Withdraw(wallet, asset, BigInteger.valueOf(amount), "bc1qdestination0001"));
  }

  static LedgerMessage settle(UUID withdrawal, String wallet, String asset, long amount) {
    return event(
        new Instruction.SettleWithdrawal(
            withdrawal, wallet, asset, BigInteger.valueOf(amount), "tx-out"));
  }

  static LedgerMessage fail(UUID withdrawal, String wallet, String asset, long amount) {
    return event(
        new Instruction.FailWithdrawal(
            withdrawal, wallet, asset, BigInteger.valueOf(amount), "rejected"));
  }

  static LedgerMessage openCampaign(String id, String asset, long perClaim, long budget) {
    return event(
        new Instruction.OpenCampaign(
            id,
            asset,
            BigInteger.valueOf(perClaim),
            BigInteger.valueOf(budget),
            NOW.minusSeconds(3600),
            NOW.plusSeconds(3600)));
  }

  static LedgerMessage claim(String campaign, String wallet, Instant acceptedAt) {
    return command(
        UUID.randomUUID(),
        "hash-" + UUID.randomUUID(),
        acceptedAt,
        new Instruction.ClaimGiveaway(campaign, wallet));
  }

  private static SourcePosition position(String topic, int partition) {
    return new SourcePosition(topic, partition, OFFSETS.incrementAndGet());
  }
}
