package dev.walletplatform.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.fixtures.ledger.LedgerCheck;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole platform as separate processes — KRaft broker, PostgreSQL, schema registry, applier,
 * gateway, wallet service — driven over HTTPS the way clients and internal producers use it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformEndToEndIT {
  private static final int WALLETS = 24;
  @TempDir static Path work;
  private static RunningPlatform platform;
  private static DemoRun demo;
  private static List<String> wallets;
  private static GatewayClient gateway;
  private static LedgerRows ledger;
  private static LedgerInvariants invariants;

  @BeforeAll
  static void startPlatform() throws Exception {
    platform = RunningPlatform.start(PlatformOptions.forTests(work));
    demo = new DemoRun(platform);
    wallets = demo.seed(WALLETS);
    gateway = new GatewayClient(platform.gatewayUri(), platform.credentials().tokenFor(wallets), platform.clientTls(),
        Duration.ofSeconds(30));
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
  @Order(1)
  void appliesEveryAcceptedCommandExactlyOnceWhileDepositsArriveConcurrently() throws Exception {
    CompletableFuture<List<UUID>> deposits = CompletableFuture.supplyAsync(this::publishDeposits);
    BurstResult burst = BurstDriver.run(gateway, new DemoWorkload(wallets, DemoRun.CAMPAIGN), 800, 32);
    List<UUID> depositIds = deposits.join();

    assertThat(burst.serverErrors()).as("5xx or unanswered requests: %s", burst.answersByStatus()).isZero();
    assertThat(burst.accepted()).isEqualTo(burst.sent());
    Map<String, Integer> decided = demo.awaitDecided(burst.acceptedCommandIds());
    assertThat(decided.getOrDefault("PENDING", 0)).as("accepted but never decided").isZero();
    assertThat(decided.getOrDefault("APPLIED", 0) + decided.getOrDefault("REJECTED", 0)).isEqualTo(burst.accepted());
    assertThat(demo.awaitDecided(depositIds)).containsEntry("APPLIED", depositIds.size());

    Map<UUID, Integer> entriesPerCommand = ledger.entriesPerMessage(burst.acceptedCommandIds());
    Map<UUID, String> statusPerCommand = statusPerMessage(burst.acceptedCommandIds());
    statusPerCommand.forEach((id, status) -> assertThat(entriesPerCommand.getOrDefault(id, 0))
        .as("ledger entries of %s command %s", status, id)
        .isEqualTo(status.equals("APPLIED") ? 2 : 0));
  }

  @Test
  @Order(2)
  void conservesMoneyAndKeepsEveryCustomerBalanceNonNegative() throws Exception {
    LedgerCheck audit = invariants.check();
    assertThat(audit.violations()).as("money conserved, no customer below zero, every movement balanced,"
        + " every command applied once, every balance its entries' sum").isEmpty();
    // customers hold exactly what came in, minus what left, plus what giveaways paid out
    Map<String, BigInteger> expected = sums("SELECT asset, sum(amount) FROM ledger_entries"
        + " WHERE entry_type IN ('DEPOSIT') AND amount > 0 GROUP BY asset");
    sums("SELECT asset, sum(amount) FROM withdrawals WHERE status <> 'FAILED' GROUP BY asset")
        .forEach((asset, out) -> expected.merge(asset, out.negate(), BigInteger::add));
    sums("SELECT asset, sum(claimed_total) FROM campaigns GROUP BY asset")
        .forEach((asset, in) -> expected.merge(asset, in, BigInteger::add));
    expected.values().removeIf(v -> v.signum() == 0);
    Map<String, BigInteger> customers = new HashMap<>(audit.customerTotalsByAsset());
    customers.values().removeIf(v -> v.signum() == 0);
    assertThat(customers).isEqualTo(expected);
  }

  @Test
  @Order(3)
  void walletServiceAgreesWithTheLedgerForEveryWallet() throws Exception {
    WalletServiceClient reader = new WalletServiceClient(platform.walletServiceUri(),
        platform.credentials().tokenFor(wallets), platform.clientTls());
    for (String wallet : wallets) {
      Map<String, BigInteger> ledger = sums(
          "SELECT asset, amount FROM balances WHERE wallet_id = '" + wallet + "'");
      Map<String, BigInteger> served = new HashMap<>(reader.balances(wallet));
      served.values().removeIf(v -> v.signum() == 0);
      ledger.values().removeIf(v -> v.signum() == 0);
      assertThat(served).as("balances of %s", wallet).isEqualTo(ledger);
    }
  }

  @Test
  @Order(4)
  void answersARetryWithTheSameCommandIdAndRefusesTheKeyWithAnotherBody() throws Exception {
    String key = "e2e-" + UUID.randomUUID();
    GatewayAnswer first = gateway.transfer(key, wallets.get(0), wallets.get(1), "BTC", "0.0001");
    GatewayAnswer retry = gateway.transfer(key, wallets.get(0), wallets.get(1), "BTC", "0.0001");
    GatewayAnswer otherBody = gateway.transfer(key, wallets.get(0), wallets.get(1), "BTC", "0.0002");

    assertThat(first.status()).isEqualTo(202);
    assertThat(retry.status()).isEqualTo(202);
    assertThat(retry.commandId()).isEqualTo(first.commandId());
    assertThat(otherBody.status()).isEqualTo(409);
    assertThat(otherBody.errorCode()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    assertThat(demo.awaitDecided(List.of(UUID.fromString(first.commandId())))).containsEntry("APPLIED", 1);
    assertThat(ledger.entriesOf(UUID.fromString(first.commandId()))).isEqualTo(2);
  }

  @Test
  @Order(5)
  void losesAndDuplicatesNothingWhenTheApplierIsKilledMidBurstAndRestarted() throws Exception {
    CompletableFuture<BurstResult> burst = CompletableFuture.supplyAsync(
        () -> BurstDriver.run(gateway, new DemoWorkload(wallets, DemoRun.CAMPAIGN), 1500, 32));
    ServiceProcess applier = platform.service("ledger-applier");
    Thread.sleep(1_500);
    applier.kill();
    BurstResult result = burst.join();
    applier.restart(Duration.ofSeconds(90));

    assertThat(result.serverErrors()).as("the gateway does not depend on the applier").isZero();
    Map<String, Integer> decided = demo.awaitDecided(result.acceptedCommandIds());
    assertThat(decided.getOrDefault("PENDING", 0)).isZero();
    Map<UUID, Integer> entries = ledger.entriesPerMessage(result.acceptedCommandIds());
    statusPerMessage(result.acceptedCommandIds()).forEach((id, status) ->
        assertThat(entries.getOrDefault(id, 0)).as("entries of %s", id).isEqualTo(status.equals("APPLIED") ? 2 : 0));
    assertThat(invariants.check().violations()).isEmpty();
  }

  @Test
  @Order(6)
  void demoBurstReportsNothingLostAndStaysWithinThePools() throws Exception {
    DemoReport report = demo.burst(wallets, 400, 32);
    assertThat(report.lost()).isZero();
    assertThat(report.burst().serverErrors()).isZero();
    assertThat(report.peakDatabaseConnections())
        .as("connections at the peak by application: %s", report.peakConnectionsByApplication())
        .isLessThanOrEqualTo(report.poolTotal());
    assertThat(report.audit().holds()).isTrue();
    assertThat(report.render()).contains("lost", "db connections", "lag drained");
  }

  @Test
  @Order(7)
  void everyServiceExposesPrometheusMetricsOnItsAdminPortToTheMetricsKeyOnly() throws Exception {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    for (ServiceProcess service : platform.services()) {
      java.net.http.HttpResponse<String> anonymous = http.send(
          java.net.http.HttpRequest.newBuilder(service.adminUri().resolve("/metrics")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(anonymous.statusCode()).as("%s without a key", service.name()).isEqualTo(401);
      java.net.http.HttpResponse<String> metrics = http.send(
          java.net.http.HttpRequest.newBuilder(service.adminUri().resolve("/metrics"))
              .header("Authorization", platform.credentials().metricsAuthorization()).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(metrics.statusCode()).as(service.name()).isEqualTo(200);
      assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
      assertThat(metrics.body()).as(service.name()).contains("# TYPE jvm_memory_heap_used gauge");
    }
  }

  /**
   * What run-local prints for operators, pasted into a shell, is all walletctl needs: it reads the
   * group's lag, and plans a replay of the screened commands with the ledger database asked.
   */
  @Test
  @Order(8)
  void anOperatorWithThePrintedEnvironmentCanRunWalletctl() {
    OperatorEnvironment operator = OperatorEnvironment.of(platform, RepoLayout.find());
    Environment shell = new Environment(operator.variables());

    StringWriter lag = new StringWriter();
    StringWriter lagErrors = new StringWriter();
    int lagExit = WalletctlCli.create(shell, new PrintWriter(lag, true), new PrintWriter(lagErrors, true))
        .execute("lag", "--group", "ledger-applier");
    assertThat(lagExit).as("walletctl lag: %s", lagErrors).isZero();
    assertThat(lag.toString()).contains("ledger-applier", Topics.SCREENED_COMMANDS);

    StringWriter plan = new StringWriter();
    StringWriter planErrors = new StringWriter();
    int replayExit = WalletctlCli.create(shell, new PrintWriter(plan, true), new PrintWriter(planErrors, true))
        .execute("replay", "--topic", Topics.SCREENED_COMMANDS, "--from-offset", "0",
            "--db-url", operator.variables().get(OperatorEnvironment.DB_URL));
    assertThat(replayExit).as("walletctl replay (dry run) with --db-url: %s", planErrors).isZero();
    assertThat(plan.toString()).contains("Replay of " + Topics.SCREENED_COMMANDS);
  }

  private List<UUID> publishDeposits() {
    List<UUID> ids = new ArrayList<>();
    try (WalletTraffic publisher = WalletTraffic.batched(platform.kafka().bootstrapServers(),
        new HttpSchemaRegistryClient(platform.schemaRegistryUri(), Duration.ofSeconds(5)), "e2e-chain-watcher")) {
      for (int i = 0; i < 200; i++) {
        ids.add(publisher.deposit(wallets.get(i % wallets.size()), "BTC", BigInteger.valueOf(1_000 + i)));
      }
      publisher.flush();
    }
    return ids;
  }

  /**
   * The ledger's decision on every id; an id abuse screening rejected before the ledger (no
   * processed_messages row) is SCREENED_OUT. Whether each id was decided at all is awaitDecided's check.
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
