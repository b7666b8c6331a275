package dev.walletplatform.processors.ledger.model;

import java.math.BigInteger;
import java.time.Instant;
import java.util.UUID;

/**
 * The decoded payload of a command or event, with raw field values: deciding whether they are valid
 * is the rules' job, so a bad value becomes a documented rejection rather than a decoding error.
 */
public sealed interface Instruction {
  MessageKind kind();

  /** The wallet (or campaign) the outcome is published under: the result record's key. */
  String subject();

  record OpenWallet(String wallet, String owner) implements Instruction {
    @Override
    public MessageKind kind() {
      return MessageKind.WALLET_OPENED;
    }

    @Override
    public String subject() {
      return wallet;
    }
  }

  record Deposit(String wallet, String asset, BigInteger amount, String chainReference)
      implements Instruction {
    @Override
    public MessageKind kind() {
      return MessageKind.DEPOSIT;
    }

    @Override
    public String subject() {
      return wallet;
    }
  }

  record Transfer(String fromWallet, String toWallet, String asset, BigInteger amount)
      implements Instruction {
    @Override
    public MessageKind kind() {
      return MessageKind.TRANSFER;
    }

    @Override
    public String subject() {
      return fromWallet;
    }
  }

  record Withdraw(String wallet, String asset, BigInteger amount, String destination)
      implements Instruction {
    @Override
    public MessageKind kind() {
      return MessageKind.WITHDRAWAL;
    }

    @Override
    public String subject() {
      return wallet;
    }
  }

  /** The payout service confirmed the withdrawal whose command id is {@code withdrawalId}. */
  record SettleWithdrawal(
      UUID withdrawalId, String wallet, String asset, BigInteger amount, String chainReference)
      implements Instruction {
    @Override
    public MessageKind kind() {
      return MessageKind.WITHDRAWAL_SETTLED;
    }

    @Override
    public String subject() {
      return wallet;
    }
  }

  record FailWithdrawal(
      UUID withdrawalId, String wallet, String asset, BigInteger amount, String failureReason)
      implements Instruction {
    @Override
    public MessageKind kind() {
      return MessageKind.WITHDRAWAL_FAILED;
    }

    @Override
    public String subject() {
      return wallet;
    }
  }

  record OpenCampaign(
      String campaignId,
      String asset,
      BigInteger amountPerClaim,
      BigInteger budget,
      Instant opensAt,
      Instant closesAt)
      implements Instruction {
    @Override
    public MessageKind kind() {
      return MessageKind.CAMPAIGN_OPENED;
    }

    @Override
    public String subject() {
      return campaignId;
    }
  }

  record ClaimGiveaway(String campaignId, String wallet) implements Instruction {
    @Override
    public MessageKind kind() {
      return MessageKind.GIVEAWAY_CLAIM;
    }

    @Override
    public String subject() {
      return wallet;
    }
  }
}
