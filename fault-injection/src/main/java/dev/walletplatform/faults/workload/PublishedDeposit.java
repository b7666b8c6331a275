package dev.walletplatform.faults.workload;

import java.math.BigInteger;
import java.util.UUID;

/**
 * A DepositConfirmed event the internal producer sent; {@code acknowledged} when the brokers
 * confirmed it (acks=all), which is the producer's equivalent of a 202.
 */
public record PublishedDeposit(
    UUID eventId,
    String wallet,
    String asset,
    BigInteger amount,
    String phase,
    boolean acknowledged) {}
