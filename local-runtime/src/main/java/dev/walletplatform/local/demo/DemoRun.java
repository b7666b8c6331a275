package dev.walletplatform.local.demo;

import dev.walletplatform.fixtures.ledger.LedgerInvariants;
import dev.walletplatform.fixtures.ledger.LedgerRows;
import dev.walletplatform.fixtures.traffic.WalletTraffic;
import dev.walletplatform.local.RunningPlatform;
import dev.walletplatform.local.client.GatewayClient;
import dev.walletplatform.local.client.WalletServiceClient;
import dev.walletplatform.local.observe.ConnectionSampler;
import dev.walletplatform.local.observe.ScreeningRejections;
import dev.walletplatform.schemas.registry.HttpSchemaRegistryClient;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The demo: an internal producer opens and funds wallets and a giveaway, then a burst of client
 * requests goes through the gateway over HTTPS while PostgreSQL's connections are sampled, and the
 * ledger is audited once the queue has drained. A command is decided by the ledger or, before it,
 * by abuse screening (e.g. claims once the giveaway's budget is paid out).
 */
public final class DemoRun {
  public static final String CAMPAIGN = "launch-giveaway";
  private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(5);

  private final RunningPlatform platform;

  public DemoRun(RunningPlatform platform) {
    this.platform = platform;
  }

  /**
   * Opens {@code count} wallets with 1 BTC and 10,000 USDC each, and a 100 USDC giveaway of 5 per
   * claim.
   */
  public List<String> seed(int count) throws SQLException {
    return seed("demo-", CAMPAIGN, count);
  }

  /**
   * The same with wallets named {@code walletPrefix} and a number, and the giveaway {@code
   * campaign}: for a run beside others on one platform, each with wallets and a giveaway budget of
   * its own.
   */
  public List<String> seed(String walletPrefix, String campaign, int count) throws SQLException {
    List<String> wallets = new ArrayList<>();
    List<UUID> events = new ArrayList<>();
    try (WalletTraffic publisher =
        WalletTraffic.batched(
            platform.kafka().bootstrapServers(),
            new HttpSchemaRegistryClient(platform.schemaRegistryUri(), Duration.ofSeconds(5)),
            "local-demo")) {
      for (int i = 1; i <= count; i++) {
        String wallet = String.format("%s%03d", walletPrefix, i);
        wallets.add(wallet);
        events.add(publisher.openWallet(wallet, platform.credentials().clientId()));
        events.add(publisher.deposit(wallet, "BTC", BigInteger.valueOf(100_000_000L)));
        events.add(publisher.deposit(wallet, "USDC", BigInteger.valueOf(10_000_000_000L)));
      }
      Instant now = Instant.now();
      events.add(
          publisher.openCampaign(
              campaign,
              "USDC",
              BigInteger.valueOf(5_000_000L),
              BigInteger.valueOf(100_000_000L),
              now.minus(Duration.ofMinutes(1)),
              now.plus(Duration.ofDays(1))));
      publisher.flush();
    }
    awaitDecided(events);
    return wallets;
  }

  /**
   * Reads back through the wallet service what a burst did: every wallet's balances and the status
   * of up to {@code commands} of its commands (which the wallet service asks the applier's status
   * view first) — the read side a user exercises after a burst.
   */
  public void readBack(List<String> wallets, List<UUID> commandIds, int commands) {
    WalletServiceClient reader =
        new WalletServiceClient(
            platform.walletServiceUri(),
            platform.credentials().tokenFor(wallets),
            platform.clientTls());
    wallets.forEach(reader::balances);
    commandIds.stream().limit(commands).forEach(id -> reader.commandStatus(id.toString()));
  }

  public DemoReport burst(List<String> wallets, int requests, int concurrency) throws SQLException {
    return burst(wallets, CAMPAIGN, requests, concurrency);
  }

  /** The burst over {@code wallets}, its giveaway claims going to {@code campaign}. */
  public DemoReport burst(List<String> wallets, String campaign, int requests, int concurrency)
      throws SQLException {
    // one demo user owning every demo wallet: the gateway lets a token move money only out of its
    // own
    GatewayClient gateway =
        new GatewayClient(
            platform.gatewayUri(),
            platform.credentials().tokenFor(wallets),
            platform.clientTls(),
            Duration.ofSeconds(30));
    var pg = platform.postgres();
    try (ConnectionSampler sampler =
        new ConnectionSampler(
            pg.jdbcUrl(RunningPlatform.DATABASE),
            pg.username(),
            pg.password(),
            RunningPlatform.DATABASE,
            Duration.ofMillis(20))) {
      sampler.resetPeak();
      BurstResult burst =
          BurstDriver.run(gateway, new DemoWorkload(wallets, campaign), requests, concurrency);
      Instant burstEnd = Instant.now();
      Decisions decided = decide(burst.acceptedCommandIds());
      Duration drain = Duration.between(burstEnd, Instant.now());
      int peak = sampler.peak();
      Map<String, Integer> reasons = rejectionReasons(burst.acceptedCommandIds());
      decided.byScreening().values().forEach(reason -> reasons.merge(reason, 1, Integer::sum));
      return new DemoReport(
          burst,
          decided.counts(),
          reasons,
          peak,
          sampler.peakByApplication(),
          RunningPlatform.APPLIER_POOL + RunningPlatform.WALLET_SERVICE_POOL,
          drain,
          LedgerInvariants.of(platform.ledgerDataSource()).check());
    }
  }

  /**
   * Waits until every id is decided — by the ledger, or before it by abuse screening (a REJECTED
   * result for an id the ledger never saw) — or the timeout passed; returns counts by status, with
   * screening's rejections among REJECTED.
   */
  public Map<String, Integer> awaitDecided(Collection<UUID> ids) throws SQLException {
    return decide(ids).counts();
  }

  /**
   * @param byScreening the ids screening rejected, with their reasons
   */
  private record Decisions(Map<String, Integer> counts, Map<UUID, String> byScreening) {}

  private Decisions decide(Collection<UUID> ids) throws SQLException {
    LedgerRows ledger = new LedgerRows(platform.ledgerDataSource());
    Instant deadline = Instant.now().plus(DRAIN_TIMEOUT);
    try (ScreeningRejections screening =
        new ScreeningRejections(
            platform.kafka().bootstrapServers(),
            new HttpSchemaRegistryClient(platform.schemaRegistryUri(), Duration.ofSeconds(5)))) {
      while (true) {
        Map<UUID, String> decidedByLedger = ledger.statusOf(ids);
        Set<UUID> undecided = new HashSet<>(ids);
        undecided.removeAll(decidedByLedger.keySet());
        // the results topic is read only while the ledger still misses some: it is the slower check
        Map<UUID, String> cut = undecided.isEmpty() ? Map.of() : screening.among(undecided);
        if (undecided.size() == cut.size() || !Instant.now().isBefore(deadline)) {
          Map<String, Integer> counts = new TreeMap<>();
          decidedByLedger.values().forEach(status -> counts.merge(status, 1, Integer::sum));
          counts.merge("REJECTED", cut.size(), Integer::sum);
          counts.put("PENDING", undecided.size() - cut.size());
          return new Decisions(counts, cut);
        }
        sleep(cut.isEmpty() ? 50 : 200);
      }
    }
  }

  private Map<String, Integer> rejectionReasons(List<UUID> ids) throws SQLException {
    Map<String, Integer> reasons = new TreeMap<>();
    try (Connection c = platform.ledgerDataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT reason_code, count(*) FROM processed_messages"
                    + " WHERE message_id = ANY(?) AND status = 'REJECTED' GROUP BY reason_code")) {
      s.setArray(1, c.createArrayOf("uuid", ids.toArray()));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          reasons.put(rs.getString(1), rs.getInt(2));
        }
      }
    }
    return reasons;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
