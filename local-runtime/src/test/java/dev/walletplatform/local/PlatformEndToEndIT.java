package dev.walletplatform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.walletplatform.fixtures.ledger.LedgerInvariants;
import dev.walletplatform.fixtures.ledger.LedgerRows;
import dev.walletplatform.fixtures.traffic.WalletTraffic;
import dev.walletplatform.local.client.GatewayAnswer;
import dev.walletplatform.local.client.GatewayClient;
import dev.walletplatform.local.client.WalletServiceClient;
import dev.walletplatform.local.demo.BurstDriver;
import dev.walletplatform.local.demo.BurstResult;
import dev.walletplatform.local.demo.DemoReport;
import dev.walletplatform.local.demo.DemoRun;
import dev.walletplatform.local.demo.DemoWorkload;
import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.registry.HttpSchemaRegistryClient;
import dev.walletplatform.walletctl.cli.WalletctlCli;
import dev.walletplatform.walletctl.config.Environment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole platform as separate processes — KRaft broker, PostgreSQL, schema registry, applier,
 * gateway, wallet service — driven over HTTPS the way clients and internal producers use it. The
 * platform is shared by the class; every test opens and funds wallets and a giveaway of its own.
 */
class PlatformEndToEndIT {
  private static final int WALLETS = 24;
  private static final int KILL_BURST = 1500;
  @TempDir static Path work;
  private static RunningPlatform platform;
  private static DemoRun demo;
  private static LedgerRows ledger;
  private static LedgerInvariants invariants;

  @BeforeAll
  static void startPlatform() {
    platform = RunningPlatform.start(PlatformOptions.forTests(work));
    demo = new DemoRun(platform);
    ledger = new LedgerRows(platform.ledgerDataSource());
    invariants = LedgerInvariants.of(platform.ledgerDataSource());
  }

  @AfterAll
  static void stopPlatform() {
    if (platform != null) {
      platform.close();
    }
  }

  @Test
  void appliesEveryAcceptedCommandExactlyOnceWhileDepositsArriveConcurrently() throws Exception {
    Customers customers = newCustomers(WALLETS);
    CompletableFuture<List<UUID>> deposits =
        CompletableFuture.supplyAsync(() -> publishDeposits(customers, 200));
    BurstResult burst = BurstDriver.run(customers.gateway(), customers.workload(), 800, 32);
    List<UUID> depositIds = deposits.join();

    assertThat(burst.serverErrors())
        .as("5xx or unanswered requests: %s", burst.answersByStatus())
        .isZero();
    assertThat(burst.accepted()).isEqualTo(burst.sent());
    Map<String, Integer> decided = demo.awaitDecided(burst.acceptedCommandIds());
    assertThat(decided.getOrDefault("PENDING", 0)).as("accepted but never decided").isZero();
    assertThat(decided.getOrDefault("APPLIED", 0) + decided.getOrDefault("REJECTED", 0))
        .isEqualTo(burst.accepted());
    assertThat(demo.awaitDecided(depositIds)).containsEntry("APPLIED", depositIds.size());

    Map<UUID, Integer> entriesPerCommand = ledger.entriesPerMessage(burst.acceptedCommandIds());
    Map<UUID, String> statusPerCommand = statusPerMessage(burst.acceptedCommandIds());
    statusPerCommand.forEach(
        (id, status) ->
            assertThat(entriesPerCommand.getOrDefault(id, 0))
                .as("ledger entries of %s command %s", status, id)
                .isEqualTo(status.equals("APPLIED") ? 2 : 0));
  }

  @Test
  void conservesMoneyAndKeepsEveryCustomerBalanceNonNegative() throws Exception {
    Customers customers = newCustomers(WALLETS);
    CompletableFuture<List<UUID>> deposits =
        CompletableFuture.supplyAsync(() -> publishDeposits(customers, 50));
    BurstResult burst = BurstDriver.run(customers.gateway(), customers.workload(), 300, 32);
    assertThat(demo.awaitDecided(deposits.join())).containsEntry("PENDING", 0);
    assertThat(demo.awaitDecided(burst.acceptedCommandIds())).containsEntry("PENDING", 0);
    assertThat(appliedKinds(burst.acceptedCommandIds()))
        .as("money moved every way the sums below count")
        .contains("TRANSFER", "WITHDRAWAL", "GIVEAWAY_CLAIM");

    assertThat(invariants.check().violations())
        .as(
            "money conserved, no customer below zero, every movement"
                + " balanced, every command applied once, every balance its entries' sum")
        .isEmpty();
    // customers hold exactly what came in, minus what left, plus what giveaways paid out
    Map<String, BigInteger> expected =
        sums(
            "SELECT asset, sum(amount) FROM ledger_entries"
                + " WHERE entry_type IN ('DEPOSIT') AND amount > 0 GROUP BY asset");
    sums("SELECT asset, sum(amount) FROM withdrawals WHERE status <> 'FAILED' GROUP BY asset")
        .forEach((asset, out) -> expected.merge(asset, out.negate(), BigInteger::add));
    sums("SELECT asset, sum(claimed_total) FROM campaigns GROUP BY asset")
        .forEach((asset, in) -> expected.merge(asset, in, BigInteger::add));
    expected.values().removeIf(v -> v.signum() == 0);
    Map<String, BigInteger> customerTotals = new HashMap<>(invariants.customerTotalsByAsset());
    customerTotals.values().removeIf(v -> v.signum() == 0);
    assertThat(customerTotals).isEqualTo(expected);
  }

  @Test
  void walletServiceAgreesWithTheLedgerForEveryWallet() throws Exception {
    Customers customers = newCustomers(12);
    BurstResult burst = BurstDriver.run(customers.gateway(), customers.workload(), 150, 16);
    assertThat(demo.awaitDecided(burst.acceptedCommandIds())).containsEntry("PENDING", 0);

    WalletServiceClient reader =
        new WalletServiceClient(
            platform.walletServiceUri(),
            platform.credentials().tokenFor(customers.wallets()),
            platform.clientTls());
    for (String wallet : customers.wallets()) {
      Map<String, BigInteger> held =
          sums("SELECT asset, amount FROM balances WHERE wallet_id = '" + wallet + "'");
      Map<String, BigInteger> served = new HashMap<>(reader.balances(wallet));
      served.values().removeIf(v -> v.signum() == 0);
      held.values().removeIf(v -> v.signum() == 0);
      assertThat(served).as("balances of %s", wallet).isEqualTo(held);
    }
  }

  @Test
  void answersARetryWithTheSameCommandIdAndRefusesTheKeyWithAnotherBody() throws Exception {
    Customers customers = newCustomers(2);
    GatewayClient gateway = customers.gateway();
    String alice = customers.wallets().get(0);
    String bob = customers.wallets().get(1);
    String key = "e2e-" + UUID.randomUUID();
    GatewayAnswer first = gateway.transfer(key, alice, bob, "BTC", "0.0001");
    GatewayAnswer retry = gateway.transfer(key, alice, bob, "BTC", "0.0001");
    GatewayAnswer otherBody = gateway.transfer(key, alice, bob, "BTC", "0.0002");

    assertThat(first.status()).isEqualTo(202);
    assertThat(retry.status()).isEqualTo(202);
    assertThat(retry.commandId()).isEqualTo(first.commandId());
    assertThat(otherBody.status()).isEqualTo(409);
    assertThat(otherBody.errorCode()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    assertThat(demo.awaitDecided(List.of(UUID.fromString(first.commandId()))))
        .containsEntry("APPLIED", 1);
    assertThat(ledger.entriesPerMessage(List.of(UUID.fromString(first.commandId()))).values())
        .containsExactly(2);
  }

  @Test
  void losesAndDuplicatesNothingWhenTheApplierIsKilledMidBurstAndRestarted() throws Exception {
    Customers customers = newCustomers(WALLETS);
    Queue<UUID> acceptedSoFar = new ConcurrentLinkedQueue<>();
    CompletableFuture<BurstResult> burst =
        CompletableFuture.supplyAsync(
            () ->
                BurstDriver.run(
                    customers.gateway(),
                    customers.workload(),
                    KILL_BURST,
                    32,
                    answer -> {
                      if (answer.accepted()) {
                        acceptedSoFar.add(UUID.fromString(answer.commandId()));
                      }
                    }));
    ServiceProcess applier = platform.service("ledger-applier");
    // the kill lands once the applier has decided some of the burst: in the middle of its work
    await("the applier's first decisions on the burst")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> decidedByLedger(List.copyOf(acceptedSoFar)), decided -> decided > 0);
    applier.kill();
    int acceptedAtKill = acceptedSoFar.size();
    BurstResult result = burst.join();
    // nothing decides while the applier is down: what the ledger holds now is what it held at the
    // kill
    long decidedAtKill = decidedByLedger(result.acceptedCommandIds());
    applier.restart(Duration.ofSeconds(90));
    System.out.printf(
        "applier killed with %d of %d accepted commands decided, %d accepted at the kill%n",
        decidedAtKill, result.accepted(), acceptedAtKill);

    assertThat(decidedAtKill)
        .as("commands the applier had decided when it was killed")
        .isPositive()
        .isLessThan(result.accepted());
    assertThat(result.accepted())
        .as("commands the gateway accepted while the applier was down")
        .isGreaterThan(acceptedAtKill);
    assertThat(result.serverErrors()).as("the gateway does not depend on the applier").isZero();
    Map<String, Integer> decided = demo.awaitDecided(result.acceptedCommandIds());
    assertThat(decided.getOrDefault("PENDING", 0)).isZero();
    Map<UUID, Integer> entries = ledger.entriesPerMessage(result.acceptedCommandIds());
    statusPerMessage(result.acceptedCommandIds())
        .forEach(
            (id, status) ->
                assertThat(entries.getOrDefault(id, 0))
                    .as("entries of %s", id)
                    .isEqualTo(status.equals("APPLIED") ? 2 : 0));
    assertThat(invariants.check().violations()).isEmpty();
  }

  @Test
  void demoBurstReportsNothingLostAndStaysWithinThePools() throws Exception {
    Customers customers = newCustomers(WALLETS);
    DemoReport report = demo.burst(customers.wallets(), customers.campaign(), 400, 32);
    assertThat(report.lost()).isZero();
    assertThat(report.burst().serverErrors()).isZero();
    assertThat(report.peakDatabaseConnections())
        .as("connections at the peak by application: %s", report.peakConnectionsByApplication())
        .isLessThanOrEqualTo(report.poolTotal());
    assertThat(report.audit().holds()).isTrue();
    assertThat(report.render()).contains("lost", "db connections", "lag drained");
  }

  @Test
  void everyServiceExposesPrometheusMetricsOnItsAdminPortToTheMetricsKeyOnly() throws Exception {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    for (ServiceProcess service : platform.services()) {
      java.net.http.HttpResponse<String> anonymous =
          http.send(
              java.net.http.HttpRequest.newBuilder(service.adminUri().resolve("/metrics")).build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(anonymous.statusCode()).as("%s without a key", service.name()).isEqualTo(401);
      java.net.http.HttpResponse<String> metrics =
          http.send(
              java.net.http.HttpRequest.newBuilder(service.adminUri().resolve("/metrics"))
                  .header("Authorization", platform.credentials().metricsAuthorization())
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(metrics.statusCode()).as(service.name()).isEqualTo(200);
      assertThat(metrics.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
      assertThat(metrics.body())
          .as(service.name())
          .contains("# TYPE jvm_memory_used_bytes gauge", "# TYPE jvm_memory_usage_after_gc gauge");
    }
  }

  /**
   * What run-local prints for operators, pasted into a shell, is all walletctl needs: it reads the
   * group's lag, and plans a replay of the screened commands with the ledger database asked.
   */
  @Test
  void anOperatorWithThePrintedEnvironmentCanRunWalletctl() throws Exception {
    Customers customers = newCustomers(2);
    BurstResult traffic = BurstDriver.run(customers.gateway(), customers.workload(), 20, 4);
    assertThat(traffic.accepted()).as("commands for the replay to plan over").isPositive();
    OperatorEnvironment operator = OperatorEnvironment.of(platform, RepoLayout.find());
    Environment shell = new Environment(operator.variables());

    StringWriter lag = new StringWriter();
    StringWriter lagErrors = new StringWriter();
    int lagExit =
        WalletctlCli.create(shell, new PrintWriter(lag, true), new PrintWriter(lagErrors, true))
            .execute("lag", "--group", "ledger-applier");
    assertThat(lagExit).as("walletctl lag: %s", lagErrors).isZero();
    assertThat(lag.toString()).contains("ledger-applier", Topics.SCREENED_COMMANDS);

    StringWriter plan = new StringWriter();
    StringWriter planErrors = new StringWriter();
    int replayExit =
        WalletctlCli.create(shell, new PrintWriter(plan, true), new PrintWriter(planErrors, true))
            .execute(
                "replay",
                "--topic",
                Topics.SCREENED_COMMANDS,
                "--from-offset",
                "0",
                "--db-url",
                operator.variables().get(OperatorEnvironment.DB_URL));
    assertThat(replayExit).as("walletctl replay (dry run) with --db-url: %s", planErrors).isZero();
    assertThat(plan.toString()).contains("Replay of " + Topics.SCREENED_COMMANDS);
  }

  /**
   * Wallets and a giveaway of one test's own, opened and funded as the demo does it, and a gateway
   * client of a user owning them (the gateway lets a token move money only out of its own wallets).
   */
  private record Customers(List<String> wallets, String campaign, GatewayClient gateway) {
    DemoWorkload workload() {
      return new DemoWorkload(wallets, campaign);
    }
  }

  private static Customers newCustomers(int count) throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String campaign = "giveaway-" + run;
    List<String> wallets = demo.seed("e2e-" + run + "-", campaign, count);
    return new Customers(
        wallets,
        campaign,
        new GatewayClient(
            platform.gatewayUri(),
            platform.credentials().tokenFor(wallets),
            platform.clientTls(),
            Duration.ofSeconds(30)));
  }

  private static List<UUID> publishDeposits(Customers customers, int count) {
    List<UUID> ids = new ArrayList<>();
    try (WalletTraffic publisher =
        WalletTraffic.batched(
            platform.kafka().bootstrapServers(),
            new HttpSchemaRegistryClient(platform.schemaRegistryUri(), Duration.ofSeconds(5)),
            "e2e-chain-watcher")) {
      for (int i = 0; i < count; i++) {
        ids.add(
            publisher.deposit(
                customers.wallets().get(i % customers.wallets().size()),
                "BTC",
                BigInteger.valueOf(1_000 + i)));
      }
      publisher.flush();
    }
    return ids;
  }

  /** How many of {@code ids} the ledger has decided (a processed_messages row each). */
  private static long decidedByLedger(List<UUID> ids) throws Exception {
    return ledger.statusOf(ids).size();
  }

  /** The kinds of message among {@code ids} that the ledger applied. */
  private static Set<String> appliedKinds(List<UUID> ids) throws Exception {
    Set<String> kinds = new HashSet<>();
    try (Connection c = platform.ledgerDataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT DISTINCT message_kind FROM processed_messages"
                    + " WHERE message_id = ANY(?) AND status = 'APPLIED'")) {
      s.setArray(1, c.createArrayOf("uuid", ids.toArray()));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          kinds.add(rs.getString(1));
        }
      }
    }
    return kinds;
  }

  /**
   * The ledger's decision on every id; an id abuse screening rejected before the ledger (no
   * processed_messages row) is SCREENED_OUT. Whether each id was decided at all is awaitDecided's
   * check.
   */
  private static Map<UUID, String> statusPerMessage(List<UUID> ids) throws Exception {
    Map<UUID, String> statuses = new HashMap<>();
    ids.forEach(id -> statuses.put(id, "SCREENED_OUT"));
    statuses.putAll(ledger.statusOf(ids));
    return statuses;
  }

  private static Map<String, BigInteger> sums(String sql) throws Exception {
    Map<String, BigInteger> sums = new HashMap<>();
    try (Connection c = platform.ledgerDataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        sums.merge(rs.getString(1), rs.getBigDecimal(2).toBigIntegerExact(), BigInteger::add);
      }
    }
    return sums;
  }
}
