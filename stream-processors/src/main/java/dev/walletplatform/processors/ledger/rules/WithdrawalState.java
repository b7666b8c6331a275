package dev.walletplatform.processors.ledger.rules;

import java.math.BigInteger;
import java.time.Instant;
import java.util.UUID;

/** A withdrawals row; its id is the WithdrawalRequested command's id. */
public record WithdrawalState(
    UUID withdrawalId,
    String wallet,
    String asset,
    BigInteger amount,
    String destination,
    String holdingWallet,
    Status status,
    Instant requestedAt,
    Instant resolvedAt) {

  public enum Status {
    PENDING,
    SETTLED,
    FAILED
  }

  public boolean matches(String otherWallet, String otherAsset, BigInteger otherAmount) {
    return wallet.equals(otherWallet) && asset.equals(otherAsset) && amount.equals(otherAmount);
  }

  WithdrawalState resolved(Status newStatus, Instant at) {
    return new WithdrawalState(
        withdrawalId,
        wallet,
        asset,
        amount,
        destination,
        holdingWallet,
        newStatus,
        requestedAt,
        at);
  }
}
