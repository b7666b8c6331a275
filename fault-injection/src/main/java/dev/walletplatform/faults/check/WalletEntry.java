package dev.walletplatform.faults.check;

import java.math.BigInteger;
import java.util.UUID;

/** One ledger entry of a wallet: its number in the wallet's history and the balance it left. */
public record WalletEntry(
    long seq, UUID messageId, String asset, BigInteger amount, BigInteger balanceAfter) {}
