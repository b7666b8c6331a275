package dev.walletplatform.faults.workload;

import dev.walletplatform.domain.id.CommandIds;
import dev.walletplatform.domain.id.IdempotencyKey;
import dev.walletplatform.local.client.GatewayAnswer;
import dev.walletplatform.local.client.GatewayClient;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * A mobile client: sends transfers, withdrawals and giveaway claims from its own wallets, one at a
 * time, and retries each with the same Idempotency-Key — on another gateway when one does not
 * answer — until it gets a definite answer or its patience runs out. Records every request.
 */
final class WalletClient implements Runnable {
  private static final List<String> ASSETS = List.of("USDC", "BTC");

  /**
   * Decimals of the assets the workload uses, as in the services' config: the API takes decimal
   * strings.
   */
  private static final java.util.Map<String, Integer> DECIMALS =
      java.util.Map.of("USDC", 6, "BTC", 8);

  private final String clientId;
  private final int index;
  private final List<String> ownWallets;
  private final List<String> allWallets;
  private final List<String> campaigns;
  private final List<GatewayClient> gateways;
  private final History history;
  private final Duration pause;
  private final Duration patience;
  private final BooleanSupplier running;
  private final Random random;
  private int sequence;

  WalletClient(
      String clientId,
      int index,
      List<String> ownWallets,
      List<String> allWallets,
      List<String> campaigns,
      List<GatewayClient> gateways,
      History history,
      Duration pause,
      Duration patience,
      BooleanSupplier running,
      long seed) {
    this.clientId = clientId;
    this.index = index;
    this.ownWallets = ownWallets;
    this.allWallets = allWallets;
    this.campaigns = campaigns;
    this.gateways = gateways;
    this.history = history;
    this.pause = pause;
    this.patience = patience;
    this.running = running;
    this.random = new Random(seed);
  }

  @Override
  public void run() {
    while (running.getAsBoolean()) {
      sendOne();
      sleep(pause.toMillis() / 2 + random.nextLong(pause.toMillis() + 1));
    }
  }

  private void sendOne() {
    String key = "fault-" + index + "-" + (++sequence) + "-" + Long.toHexString(random.nextLong());
    String wallet = ownWallets.get(random.nextInt(ownWallets.size()));
    String asset = ASSETS.get(random.nextInt(ASSETS.size()));
    int dice = random.nextInt(100);
    if (dice < 70) {
      String to = otherThan(wallet);
      BigInteger amount = BigInteger.valueOf(1 + random.nextInt(50_000));
      send(
          key,
          RequestKind.TRANSFER,
          wallet,
          to,
          asset,
          amount,
          null,
          gateway -> gateway.transfer(key, wallet, to, asset, decimal(asset, amount)));
    } else if (dice < 85) {
      BigInteger amount = BigInteger.valueOf(1 + random.nextInt(20_000));
      send(
          key,
          RequestKind.WITHDRAWAL,
          wallet,
          null,
          asset,
          amount,
          null,
          gateway ->
              gateway.withdraw(
                  key, wallet, asset, decimal(asset, amount), "bc1-fault-run-" + index));
    } else {
      String campaign = campaigns.get(random.nextInt(campaigns.size()));
      send(
          key,
          RequestKind.CLAIM,
          wallet,
          null,
          null,
          null,
          campaign,
          gateway -> gateway.claim(key, campaign, wallet));
    }
  }

  private void send(
      String key,
      RequestKind kind,
      String wallet,
      String counterparty,
      String asset,
      BigInteger amount,
      String campaign,
      java.util.function.Function<GatewayClient, GatewayAnswer> call) {
    String phase = history.phase();
    Instant sentAt = Instant.now();
    Instant giveUp = sentAt.plus(patience);
    int attempts = 0;
    Answer answer = Answer.UNANSWERED;
    UUID commandId = CommandIds.derive(clientId, new IdempotencyKey(key));
    while (true) {
      GatewayClient gateway = gateways.get((index + attempts) % gateways.size());
      attempts++;
      GatewayAnswer reply = call.apply(gateway);
      if (reply.status() == 202) {
        answer = Answer.ACCEPTED;
        // the id the user holds; it equals the derived one unless idempotency is broken, which the
        // balances recomputed from the history would then expose
        commandId = UUID.fromString(reply.commandId());
        break;
      }
      if (reply.status() >= 400 && reply.status() < 500 && reply.status() != 429) {
        answer = Answer.REFUSED;
        System.err.println(
            "fault run: "
                + kind
                + " "
                + key
                + " refused "
                + reply.status()
                + " "
                + reply.errorCode());
        break;
      }
      if (Instant.now().isAfter(giveUp)) {
        break;
      }
      // no answer, 429 or 5xx: the same key again after the server's Retry-After (capped), else a
      // short jittered wait
      sleep(
          reply
              .retryAfter()
              .map(WalletClient::retryAfterMillis)
              .orElse(100L + random.nextInt(400)));
    }
    history.record(
        new ClientRequest(
            clientId,
            key,
            commandId,
            kind,
            wallet,
            counterparty,
            asset,
            amount,
            campaign,
            phase,
            sentAt,
            Instant.now(),
            answer,
            attempts,
            answer == Answer.UNANSWERED ? Long.MAX_VALUE : history.nextAnswerSequence()));
  }

  /** Minor units as the API's decimal string: 1500 USDC-minor is "0.0015". */
  static String decimal(String asset, BigInteger minor) {
    return new java.math.BigDecimal(minor)
        .movePointLeft(DECIMALS.get(asset))
        .stripTrailingZeros()
        .toPlainString();
  }

  /** Retry-After in seconds, capped at 2 s so the run keeps moving; a date or garbage means 1 s. */
  private static long retryAfterMillis(String header) {
    try {
      return Math.min(2_000, Math.max(0, Long.parseLong(header.trim())) * 1_000);
    } catch (NumberFormatException e) {
      return 1_000;
    }
  }

  private String otherThan(String wallet) {
    while (true) {
      String to = allWallets.get(random.nextInt(allWallets.size()));
      if (!to.equals(wallet)) {
        return to;
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
