package dev.walletplatform.walletctl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dead letters made by the real applier — one by a simulated database bug (a trigger refusing the
 * entries of some wallets, "fixed" by dropping it), one of garbage bytes — then listed, shown and
 * redriven with walletctl. The runbook test starts on an empty dead-letter topic, so its letters
 * are 0-0 and 0-1, as written.
 */
@ExtendWith({KafkaClusterExtension.class, SchemaRegistryExtension.class, PostgresExtension.class})
class DeadLetterIT {
  private static final Path RUNBOOK = Path.of("..", "docs", "runbooks", "dead-letters.md");
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
  static void stopPlatform() {
    if (platform != null) {
      platform.close();
    }
  }

  /** The simulated bug never outlives its test, whatever the test's outcome. */
  @AfterEach
  void removeTheSimulatedBug() throws Exception {
    platform.databaseBug.fix();
  }

  @Test
  void followsTheRunbookVerbatimAndRedrivesTheFixedLetterOnly() throws Exception {
    platform.restartOnEmptyTopics(Topics.DEAD_LETTERS);
    LedgerRows ledger = platform.ledger;
    WalletTraffic traffic = platform.traffic;
    platform.awaitDecided(
        traffic.openWallet("dlq-rb-alice"),
        traffic.openWallet("dlq-rb-bob"),
        traffic.deposit("dlq-rb-alice", "BTC", 1_000));
    platform.databaseBug.refuseEntriesOf("dlq-rb-bob");
    UUID transfer = traffic.transfer("dlq-rb-alice", "dlq-rb-bob", "BTC", 250);
    awaitDeadLetters(1);
    traffic.garbage("dlq-rb-alice");
    awaitDeadLetters(2);
    assertThat(ledger.processed(transfer)).as("the bug kept it out of the ledger").isZero();

    List<Runbook.Step> steps = Runbook.steps(RUNBOOK, platform.environment());
    assertThat(steps)
        .extracting(s -> String.join(" ", s.args().subList(0, 2)))
        .containsExactly(
            "dlq list",
            "dlq show",
            "dlq show",
            "dlq redrive",
            "dlq redrive",
            "dlq redrive",
            "audit --command");
    List<CliRun> runs = new ArrayList<>();
    for (Runbook.Step step : steps) {
      if (step.args().get(1).equals("redrive") && runs.size() == 3) {
        platform.databaseBug.fix(); // step 3 of the runbook: the fix is deployed
      }
      CliRun run = platform.walletctl(step.args());
      assertThat(run.exitCode())
          .as("exit of `%s`:%n%s", step.line(), run)
          .isEqualTo(step.expectedExit());
      runs.add(run);
    }

    assertThat(runs.get(0).out())
        .contains(
            "2 dead letter(s)",
            "APPLY_FAILED     wallet.commands.screened.v1  1",
            "DECODING_FAILED  wallet.commands.v1           1",
            "SQLSTATE 23514");
    assertThat(runs.get(1).out())
        .contains(
            "error code:   APPLY_FAILED",
            "simulated bug: entries for dlq-rb-bob refused",
            "\"TransferRequested\" : {",
            "\"amount\" : \"250\"",
            transfer.toString());
    assertThat(runs.get(2).out())
        .contains(
            "error code:   DECODING_FAILED",
            "Value: not decodable now",
            "as UTF-8: {\"not\":\"avro\"}");
    assertThat(runs.get(3).out()).contains("not decided  redrive", "DRY RUN");
    assertThat(runs.get(4).out()).contains("newly decided: 1", "PROOF HOLDS");
    assertThat(runs.get(5).out()).contains("skip: still undecodable");
    assertThat(runs.get(6).out().lines())
        .as(runs.get(6).out())
        .anySatisfy(line -> assertThat(line).contains("dlq redrive  COMPLETED  1", "INC-2042"));
    assertThat(ledger.processed(transfer)).isEqualTo(1);
    assertThat(ledger.entriesOf(transfer)).isEqualTo(2);
    assertThat(ledger.balance("dlq-rb-bob", "BTC")).isEqualTo(BigInteger.valueOf(250));
    assertThat(deadLetters()).as("no new dead letter").isEqualTo(2);
  }

  @Test
  void redriveAfterTheFixAppliesTheLetterOnceAndRedrivingItTwiceStillOnce() throws Exception {
    LedgerRows ledger = platform.ledger;
    WalletTraffic traffic = platform.traffic;
    platform.awaitDecided(
        traffic.openWallet("twice-alice"),
        traffic.openWallet("twice-bob"),
        traffic.deposit("twice-alice", "ETH", 500));
    platform.databaseBug.refuseEntriesOf("twice-bob");
    long before = deadLetters();
    long nextOffset =
        endOffset(); // the applier's letter lands there: the applier writes no transaction markers
    UUID transfer = traffic.transfer("twice-alice", "twice-bob", "ETH", 40);
    awaitDeadLetters(before + 1);
    String id = "0-" + nextOffset;
    platform.databaseBug.fix();
    String db = platform.environment().get("LEDGER_DB_URL");

    CliRun first = platform.walletctl("dlq", "redrive", "--id", id, "--db-url", db, "--execute");
    CliRun second = platform.walletctl("dlq", "redrive", "--id", id, "--db-url", db, "--execute");

    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(first.out()).contains("newly decided: 1", "PROOF HOLDS");
    assertThat(second.exitCode()).as(second.toString()).isZero();
    assertThat(second.out())
        .contains("decided: APPLIED  redrive", "newly decided: 0", "PROOF HOLDS");
    assertThat(ledger.processed(transfer)).isEqualTo(1);
    assertThat(ledger.entriesOf(transfer)).isEqualTo(2);
    assertThat(ledger.balance("twice-bob", "ETH")).isEqualTo(BigInteger.valueOf(40));
    assertThat(ledger.balance("twice-alice", "ETH")).isEqualTo(BigInteger.valueOf(460));
    assertThat(platform.invariants.check().violations()).isEmpty();
    assertThat(deadLetters())
        .as("the redriven copies applied, none came back")
        .isEqualTo(before + 1);
    CliRun onlyMissing =
        platform.walletctl("dlq", "redrive", "--id", id, "--db-url", db, "--only-missing");
    assertThat(onlyMissing.exitCode()).as("nothing left to redrive").isEqualTo(5);
    assertThat(onlyMissing.out()).contains("skip: already decided (--only-missing)");
  }

  private static void awaitDeadLetters(long count) {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> deadLetters() >= count);
  }

  private static long endOffset() {
    TopicPartition partition = new TopicPartition(Topics.DEAD_LETTERS, 0);
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(
            Map.of("bootstrap.servers", platform.bootstrapServers()),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      return consumer.endOffsets(List.of(partition)).get(partition);
    }
  }

  /**
   * Records on the dead-letter topic, counted by reading it: screening writes its letters inside
   * transactions, so the end offset also counts commit markers.
   */
  private static long deadLetters() {
    TopicPartition partition = new TopicPartition(Topics.DEAD_LETTERS, 0);
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                "bootstrap.servers",
                platform.bootstrapServers(),
                "isolation.level",
                "read_committed"),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      consumer.assign(List.of(partition));
      consumer.seekToBeginning(List.of(partition));
      long end = consumer.endOffsets(List.of(partition)).get(partition);
      long count = 0;
      while (consumer.position(partition) < end) {
        count += consumer.poll(Duration.ofMillis(200)).count();
      }
      return count;
    }
  }
}
