package dev.walletplatform.walletctl.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.fixtures.ledger.LedgerRows;
import dev.walletplatform.fixtures.traffic.WalletTraffic;
import dev.walletplatform.infra.kafka.KafkaCluster;
import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import dev.walletplatform.testsupport.KafkaClusterExtension;
import dev.walletplatform.testsupport.PostgresExtension;
import dev.walletplatform.testsupport.SchemaRegistryExtension;
import dev.walletplatform.testsupport.TestDatabase;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replay against a real broker, PostgreSQL and the real applier. The runbook's incident is dated
 * 2026-03-14, and time lookups need the topic's timestamps in order, so the runbook test starts on
 * an empty wallet.commands.screened.v1 (the applier's input, timed by accepted_at); the other tests
 * produce records of their own, timed now.
 */
@ExtendWith({KafkaClusterExtension.class, SchemaRegistryExtension.class, PostgresExtension.class})
class ReplayIT {
  private static final Path RUNBOOK = Path.of("..", "docs", "runbooks", "replay-after-incident.md");
  private static Platform platform;

  @BeforeAll
  static void startPlatform(
      KafkaCluster kafka,
      SchemaRegistryClient registry,
      URI registryUri,
      TestDatabase database,
      @TempDir Path dir)
      throws Exception {
    platform = Platform.start(kafka, registry, registryUri, database, dir);
  }

  @AfterAll
  static void stopPlatform() throws Exception {
    if (platform != null) {
      platform.close();
    }
  }

  /** Every test starts with the applier serving, whatever a test before it stopped. */
  @BeforeEach
  void applierRunning() throws Exception {
    platform.startApplierIfStopped();
  }

  @Test
  void followsTheRunbookVerbatimAndAppliesExactlyTheTransfersAFaultyRunSkipped() throws Exception {
    platform.restartOnEmptyTopics(Topics.SCREENED_COMMANDS);
    WalletTraffic traffic = platform.traffic;
    LedgerRows ledger = platform.ledger;
    List<String> wallets = List.of("inc-alice", "inc-bob", "inc-carol");
    List<UUID> setup = new ArrayList<>();
    wallets.forEach(
        w -> setup.addAll(List.of(traffic.openWallet(w), traffic.deposit(w, "BTC", 1_000))));
    platform.awaitDecided(setup);
    Map<UUID, long[]> transfers = new LinkedHashMap<>(); // id -> {from index, to index, amount}
    UUID beforeWindow = transfer(transfers, 0, 1, 100, "08:50");
    UUID w1 = transfer(transfers, 1, 2, 50, "09:06");
    platform.awaitDecided(beforeWindow, w1);

    platform.stopApplier();
    List<UUID> skipped =
        List.of(
            transfer(transfers, 0, 2, 200, "09:10"),
            transfer(transfers, 2, 1, 30, "09:15"),
            transfer(transfers, 1, 0, 70, "09:20"));
    assertThat(FaultyApplier.skipPending(platform.bootstrapServers(), "ledger-applier", 3))
        .isEqualTo(3);
    platform.startApplier();
    UUID w5 = transfer(transfers, 2, 0, 10, "09:30");
    UUID afterWindow = transfer(transfers, 0, 1, 5, "09:50");
    platform.awaitDecided(w5, afterWindow);
    for (UUID id : skipped) {
      assertThat(ledger.processed(id)).as("the faulty run skipped %s", id).isZero();
    }

    List<Runbook.Step> steps = Runbook.steps(RUNBOOK, platform.environment());
    assertThat(steps)
        .extracting(s -> s.args().getFirst())
        .containsExactly("lag", "replay", "replay", "lag", "replay", "audit");
    List<CliRun> runs = new ArrayList<>();
    for (Runbook.Step step : steps) {
      CliRun run = platform.walletctl(step.args());
      assertThat(run.exitCode())
          .as("exit of `%s`:%n%s", step.line(), run)
          .isEqualTo(step.expectedExit());
      runs.add(run);
    }

    assertThat(runs.get(0).out()).contains("ledger-applier: lag 0 record(s)");
    assertThat(runs.get(1).out())
        .contains(
            "total: 5 record(s) in 3 partition(s)",
            "already decided: 2",
            "not decided yet: 3",
            "ledger-applier  STABLE",
            "DRY RUN: nothing was produced");
    assertThat(runs.get(2).out())
        .contains("PROOF HOLDS", "newly decided: 3", "applied more than once: 0");
    assertThat(runs.get(2).err()).contains("replay"); // the progress bar, on stderr
    assertThat(runs.get(4).out()).contains("already decided: 5", "not decided yet: 0");
    assertThat(runs.get(5).out().lines())
        .as(runs.get(5).out())
        .anySatisfy(line -> assertThat(line).contains("jane.doe", "STARTED", "INC-2041"))
        .anySatisfy(
            line -> assertThat(line).contains("jane.doe", "COMPLETED", "INC-2041", "proof=holds"));
    for (UUID id : transfers.keySet()) {
      assertThat(ledger.processed(id)).as("decisions of %s", id).isEqualTo(1);
      assertThat(ledger.entriesOf(id)).as("entries of %s", id).isEqualTo(2);
    }
    long[] expected = {1_000, 1_000, 1_000};
    transfers
        .values()
        .forEach(
            t -> {
              expected[(int) t[0]] -= t[2];
              expected[(int) t[1]] += t[2];
            });
    for (int i = 0; i < wallets.size(); i++) {
      assertThat(ledger.balance(wallets.get(i), "BTC"))
          .as(wallets.get(i))
          .isEqualTo(BigInteger.valueOf(expected[i]));
    }
    assertThat(platform.invariants.check().violations()).isEmpty();
  }

  @Test
  void replayingAnAlreadyAppliedWindowChangesNoBalanceAndCreatesNoLedgerEntry() throws Exception {
    WalletTraffic traffic = platform.traffic;
    LedgerRows ledger = platform.ledger;
    platform.awaitDecided(
        traffic.openWallet("done-alice"),
        traffic.openWallet("done-bob"),
        traffic.deposit("done-alice", "ETH", 10_000));
    Instant from = Instant.now();
    List<UUID> applied = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      applied.add(
          traffic.transfer(
              i % 2 == 0 ? "done-bob" : "done-alice",
              i % 2 == 0 ? "done-alice" : "done-bob",
              "ETH",
              100L * i));
    }
    platform.awaitDecided(applied);
    BigInteger alice = ledger.balance("done-alice", "ETH");
    BigInteger bob = ledger.balance("done-bob", "ETH");
    long entries = ledger.count("SELECT count(*) FROM ledger_entries");
    long decided = ledger.count("SELECT count(*) FROM processed_messages");
    long end = endOffsets(Topics.SCREENED_COMMANDS);

    CliRun dryRun =
        platform.walletctl(
            "replay", "--topic", Topics.SCREENED_COMMANDS, "--from-time", from.toString());
    assertThat(dryRun.exitCode()).as(dryRun.toString()).isZero();
    assertThat(dryRun.out()).contains("total: 6 record(s)", "DRY RUN");
    assertThat(endOffsets(Topics.SCREENED_COMMANDS))
        .as("a dry run produces nothing")
        .isEqualTo(end);

    CliRun replay =
        platform.walletctl(
            "replay",
            "--topic",
            Topics.SCREENED_COMMANDS,
            "--from-time",
            from.toString(),
            "--db-url",
            platform.environment().get("LEDGER_DB_URL"),
            "--execute");

    assertThat(replay.exitCode()).as(replay.toString()).isZero();
    assertThat(replay.out())
        .contains(
            "already decided: 6",
            "newly decided: 0",
            "decided before and changed since: 0",
            "PROOF HOLDS");
    assertThat(endOffsets(Topics.SCREENED_COMMANDS)).as("6 copies produced").isEqualTo(end + 6);
    assertThat(ledger.balance("done-alice", "ETH")).isEqualTo(alice);
    assertThat(ledger.balance("done-bob", "ETH")).isEqualTo(bob);
    assertThat(ledger.count("SELECT count(*) FROM ledger_entries")).isEqualTo(entries);
    assertThat(ledger.count("SELECT count(*) FROM processed_messages")).isEqualTo(decided);
    assertThat(platform.invariants.check().violations()).isEmpty();
  }

  @Test
  void publishesAValidatedEventInTheWireFormatThatTheApplierApplies() throws Exception {
    UUID opened = UUID.randomUUID();
    UUID deposit = UUID.randomUUID();
    String openedJson =
        """
        {"event_id": "%s", "source": "drill", "occurred_at": "2026-03-14T09:00:00Z",
         "payload": {"WalletOpened": {"wallet": "pub-alice", "owner": "drill"}}}"""
            .formatted(opened);
    String depositJson =
        """
        {"event_id": "%s", "source": "drill", "occurred_at": "2026-03-14T09:00:01Z",
         "payload": {"DepositConfirmed": {"wallet": "pub-alice", "asset": "USDC", "amount": "2500000",
                     "chain_reference": "drill:1"}}}"""
            .formatted(deposit);
    long end = endOffsets(Topics.EVENTS);

    CliRun invalid =
        platform.walletctl(
            "publish", "--key", "pub-alice", "--value", depositJson.replace("2500000", "2.5"));
    assertThat(invalid.exitCode()).isEqualTo(2);
    assertThat(invalid.err()).contains("$.payload.DepositConfirmed.amount");
    assertThat(endOffsets(Topics.EVENTS)).as("nothing published").isEqualTo(end);

    CliRun first =
        platform.walletctl(
            "publish", "--key", "pub-alice", "--value", openedJson, "--reason", "drill");
    CliRun second =
        platform.walletctl(
            "publish", "--topic", Topics.EVENTS, "--key", "pub-alice", "--value", depositJson);

    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(second.exitCode()).as(second.toString()).isZero();
    assertThat(second.out()).contains("Published to wallet.events.v1-");
    platform.awaitDecided(opened, deposit);
    assertThat(platform.ledger.balance("pub-alice", "USDC"))
        .isEqualTo(BigInteger.valueOf(2_500_000));
    CliRun audit = platform.walletctl("audit", "--command", "publish", "--by", "jane.doe");
    assertThat(audit.out()).contains("publish  COMPLETED  1", "drill");
  }

  @Test
  void namesTheProblemInItsExitCode() {
    // three commands screening passed just now: a window for the refusals that need records to
    // refuse
    Instant now = Instant.now();
    List<UUID> window =
        List.of(
            platform.traffic.transfer("exit-alice", "exit-bob", "BTC", 1, now),
            platform.traffic.transfer("exit-alice", "exit-bob", "BTC", 2, now),
            platform.traffic.transfer("exit-alice", "exit-bob", "BTC", 3, now));
    platform.awaitDecided(window);

    assertThat(
            platform
                .walletctl("replay", "--topic", "wallet.comands.v1", "--from-offset", "0")
                .exitCode())
        .as("unknown topic")
        .isEqualTo(3);
    assertThat(
            platform
                .walletctl(
                    "replay",
                    "--topic",
                    Topics.SCREENED_COMMANDS,
                    "--partition",
                    "7",
                    "--from-offset",
                    "0")
                .exitCode())
        .as("unknown partition")
        .isEqualTo(3);
    assertThat(platform.walletctl("lag", "--group", "ledger-aplier").exitCode())
        .as("unknown group")
        .isEqualTo(3);
    CliRun raw = platform.walletctl("replay", "--topic", Topics.COMMANDS, "--from-offset", "0");
    assertThat(raw.exitCode())
        .as("the gateway's topic: read by screening, not the applier")
        .isEqualTo(5);
    assertThat(raw.err()).contains("replay wallet.commands.screened.v1");
    CliRun results = platform.walletctl("replay", "--topic", Topics.RESULTS, "--from-offset", "0");
    assertThat(results.exitCode()).as("topic without a deduplicating consumer").isEqualTo(5);
    assertThat(results.err()).contains("refusing to replay into wallet.results.v1");
    CliRun tooWide =
        platform.walletctl(
            "replay",
            "--topic",
            Topics.SCREENED_COMMANDS,
            "--from-offset",
            "0",
            "--max-records",
            "2");
    assertThat(tooWide.exitCode()).as("window over the limit").isEqualTo(5);
    assertThat(tooWide.err()).contains("more than --max-records 2");
    CliRun noRegistry =
        platform.walletctl(
            "replay",
            "--topic",
            Topics.SCREENED_COMMANDS,
            "--from-offset",
            "0",
            "--db-url",
            platform.environment().get("LEDGER_DB_URL"),
            "--registry-url",
            "http://127.0.0.1:1");
    assertThat(noRegistry.exitCode()).as("registry unreachable").isEqualTo(4);
    CliRun noDatabase =
        platform.walletctl(
            "replay",
            "--topic",
            Topics.SCREENED_COMMANDS,
            "--from-offset",
            "0",
            "--db-url",
            "jdbc:postgresql://127.0.0.1:1/ledger");
    assertThat(noDatabase.exitCode()).as("database unreachable").isEqualTo(4);
  }

  private static long endOffsets(String topic) throws Exception {
    try (Admin admin =
        Admin.create(Map.<String, Object>of("bootstrap.servers", platform.bootstrapServers()))) {
      Map<TopicPartition, OffsetSpec> request = new LinkedHashMap<>();
      for (int p = 0; p < Platform.PARTITIONS; p++) {
        request.put(new TopicPartition(topic, p), OffsetSpec.latest());
      }
      return admin.listOffsets(request).all().get().values().stream()
          .mapToLong(i -> i.offset())
          .sum();
    }
  }

  private static UUID transfer(
      Map<UUID, long[]> transfers, int from, int to, long amount, String utcTime) {
    List<String> wallets = List.of("inc-alice", "inc-bob", "inc-carol");
    UUID id =
        platform.traffic.screenedTransfer(
            wallets.get(from),
            wallets.get(to),
            "BTC",
            amount,
            Instant.parse("2026-03-14T" + utcTime + ":00Z"));
    transfers.put(id, new long[] {from, to, amount});
    return id;
  }
}
