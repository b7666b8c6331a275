package dev.walletplatform.processors.ledger.rules;

import java.math.BigInteger;

/** A balances row. */
public record BalanceRow(BalanceKey key, BigInteger amount, boolean allowNegative) {}
