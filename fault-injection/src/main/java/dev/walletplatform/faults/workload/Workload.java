package dev.walletplatform.faults.workload;

import dev.walletplatform.faults.check.CampaignTerms;
import dev.walletplatform.fixtures.traffic.WalletTraffic;
import dev.walletplatform.local.LocalCredentials;
import dev.walletplatform.local.client.GatewayClient;
import dev.walletplatform.local.client.WalletServiceClient;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;

/**
 * The whole workload: opens and funds the wallets and the giveaway campaigns, then runs the
 * clients, the deposit feed and the readers until {@link #stop()}, recording into one history.
 */
public final class Workload {
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private final WorkloadSettings settings;
  private final History history;
  private final AtomicBoolean running = new AtomicBoolean();
  private final List<Thread> threads = new ArrayList<>();
  private final List<CampaignTerms> campaigns = new ArrayList<>();
  private DepositFeed deposits;

  public Workload(WorkloadSettings settings, History history) {
    this.settings = settings;
    this.history = history;
  }

  /**
   * Opens every wallet, funds it in both assets, and opens three campaigns whose budgets cover only
   * part of the wallets, so claims are applied, refused as already claimed, and refused as over
   * budget. Returns the ids of those seed events, which the caller waits to see decided.
   */
  public List<UUID> seed(String bootstrapServers, SchemaRegistryClient registry, String owner) {
    List<UUID> events = new ArrayList<>();
    List<String> wallets = settings.accounts().allWallets();
    try (WalletTraffic publisher =
        WalletTraffic.batched(bootstrapServers, registry, "fault-run-seed")) {
      for (String wallet : wallets) {
        events.add(publisher.openWallet(wallet, owner));
      }
      publisher.flush();
      Instant now = Instant.now();
      for (int c = 1; c <= 3; c++) {
        String id = "fault-giveaway-" + c;
        BigInteger perClaim = BigInteger.valueOf(10_000L * c);
        BigInteger budget =
            perClaim.multiply(BigInteger.valueOf(Math.max(1, wallets.size() * 2L / 3)));
        events.add(
            publisher.openCampaign(
                id,
                "USDC",
                perClaim,
                budget,
                now.minus(Duration.ofMinutes(1)),
                now.plus(Duration.ofDays(1))));
        campaigns.add(new CampaignTerms(id, "USDC", perClaim));
      }
      publisher.flush();
    }
    return events;
  }

  /**
   * Funds every wallet through the same feed the run then uses, so initial balances are in the
   * history too.
   */
  private void fund(String bootstrapServers, SchemaRegistryClient registry) {
    deposits =
        new DepositFeed(
            bootstrapServers,
            registry,
            settings.accounts().allWallets(),
            history,
            settings.depositPause(),
            running::get,
            settings.seed() ^ 0x5eed);
    for (String wallet : settings.accounts().allWallets()) {
      // modest, so transfers and withdrawals also meet INSUFFICIENT_FUNDS until deposits top them
      // up
      deposits.deposit(wallet, "USDC", BigInteger.valueOf(300_000));
      deposits.deposit(wallet, "BTC", BigInteger.valueOf(300_000));
    }
  }

  /**
   * Starts the clients, the deposit feed and the readers. Each client holds a token owning just its
   * own wallets, as a mobile user does; the readers' token owns every wallet of the run.
   */
  public void start(
      String bootstrapServers,
      SchemaRegistryClient registry,
      List<URI> gatewayUris,
      URI walletService,
      LocalCredentials credentials,
      SSLContext tls) {
    running.set(true);
    fund(bootstrapServers, registry);
    Accounts accounts = settings.accounts();
    List<String> campaignIds = campaigns.stream().map(CampaignTerms::campaign).toList();
    for (int c = 1; c <= accounts.clients(); c++) {
      String token = credentials.tokenFor(accounts.walletsOf(c));
      List<GatewayClient> gateways =
          gatewayUris.stream()
              .map(uri -> new GatewayClient(uri, token, tls, REQUEST_TIMEOUT))
              .toList();
      WalletClient client =
          new WalletClient(
              credentials.clientId(),
              c,
              accounts.walletsOf(c),
              accounts.allWallets(),
              campaignIds,
              gateways,
              history,
              settings.clientPause(),
              settings.patience(),
              running::get,
              settings.seed() + c);
      threads.add(Thread.ofVirtual().name("client-" + c).start(client));
    }
    threads.add(Thread.ofPlatform().name("deposit-feed").daemon().start(deposits));
    WalletServiceClient reads =
        new WalletServiceClient(walletService, credentials.tokenFor(accounts.allWallets()), tls);
    for (int r = 1; r <= settings.readers(); r++) {
      threads.add(
          Thread.ofVirtual()
              .name("reader-" + r)
              .start(
                  new BalanceReader(
                      reads,
                      accounts.allWallets(),
                      history,
                      settings.readPause().toMillis(),
                      running::get,
                      settings.seed() * 31 + r)));
    }
  }

  /** Stops sending; each client finishes (answers or gives up on) its request in flight. */
  public void stop() {
    running.set(false);
    for (Thread thread : threads) {
      try {
        thread.join(settings.patience().plus(REQUEST_TIMEOUT).plusSeconds(5).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    if (deposits != null) {
      deposits.close();
    }
  }

  public List<CampaignTerms> campaigns() {
    return List.copyOf(campaigns);
  }
}
