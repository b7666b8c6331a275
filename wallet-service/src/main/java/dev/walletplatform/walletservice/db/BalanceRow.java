package dev.walletplatform.walletservice.db;

import java.math.BigInteger;

/** One {@code balances} row: an asset code and its amount in minor units. */
public record BalanceRow(String asset, BigInteger amountMinor) {}
