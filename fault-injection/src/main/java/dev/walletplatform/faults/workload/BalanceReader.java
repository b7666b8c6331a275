package dev.walletplatform.faults.workload;

import dev.walletplatform.local.client.WalletServiceClient;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * Polls balances through the wallet service, recording what it was shown; failed reads are only
 * counted.
 */
final class BalanceReader implements Runnable {
  private final WalletServiceClient walletService;
  private final List<String> wallets;
  private final History history;
  private final long pauseMillis;
  private final BooleanSupplier running;
  private final Random random;

  BalanceReader(
      WalletServiceClient walletService,
      List<String> wallets,
      History history,
      long pauseMillis,
      BooleanSupplier running,
      long seed) {
    this.walletService = walletService;
    this.wallets = wallets;
    this.history = history;
    this.pauseMillis = pauseMillis;
    this.running = running;
    this.random = new Random(seed);
  }

  @Override
  public void run() {
    while (running.getAsBoolean()) {
      String wallet = wallets.get(random.nextInt(wallets.size()));
      String phase = history.phase();
      try {
        Map<String, BigInteger> balances = walletService.balances(wallet);
        history.record(new BalanceRead(wallet, balances, phase));
      } catch (IllegalStateException e) {
        history.recordFailedRead(phase);
      }
      try {
        Thread.sleep(pauseMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
