package dev.walletplatform.processors.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.walletplatform.fixtures.ledger.LedgerCheck;
import dev.walletplatform.fixtures.ledger.LedgerInvariants;
import dev.walletplatform.fixtures.ledger.LedgerRows;
import dev.walletplatform.fixtures.traffic.WalletTraffic;
import dev.walletplatform.infra.FreePorts;
import dev.walletplatform.infra.kafka.KafkaCluster;
import dev.walletplatform.infra.process.JavaProcess;
import dev.walletplatform.ledgerdb.config.DatabaseSettings;
import dev.walletplatform.ledgerdb.migration.LedgerMigrations;
import dev.walletplatform.processors.app.StreamProcessorsApplication;
import dev.walletplatform.processors.config.KafkaSettings;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The applier runs in its own JVM, is killed with SIGKILL in the middle of thousands of transfers
 * (between a database commit and its offset commit, or inside a transaction), and restarted: every
 * command is still applied exactly once and the ledger still balances.
 */
@ExtendWith({KafkaClusterExtension.class, SchemaRegistryExtension.class, PostgresExtension.class})
class ApplierCrashRecoveryIT {
  private static final int WALLETS = 40;
  private static final int TRANSFERS = 6_000;
  private static final Duration WAIT = Duration.ofMinutes(3);

  @Test
  void appliesEveryCommandExactlyOnceAcrossAKillNineAndRestart(
      KafkaCluster kafka,
      SchemaRegistryClient registry,
      URI registryUri,
      TestDatabase database,
      @TempDir Path dir)
      throws Exception {
    LedgerTopics.create(kafka);
    Path yaml =
        ApplierYaml.write(
            dir,
            kafka.bootstrapServers(),
            registryUri,
            database,
            FreePorts.allocate(1).getFirst(),
            100,
            1);
    LedgerRows ledger = new LedgerRows(database.dataSource());
    // the child migrates too (migrateOnStart); doing it first lets the test query before the child
    // is up
    LedgerMigrations.migrate(
        database.dataSource(),
        new DatabaseSettings(
            database.jdbcUrl(), database.username(), database.password(), null, null, null, null));
    Set<UUID> commands = new HashSet<>();
    JavaProcess applier = start(yaml, dir);
    try (WalletTraffic traffic = WalletTraffic.batched(kafka.bootstrapServers(), registry, "it")) {
      for (int i = 0; i < WALLETS; i++) {
        traffic.openWallet(wallet(i));
        traffic.deposit(wallet(i), "BTC", 1_000_000);
      }
      traffic.flush();
      await().atMost(WAIT).until(() -> processed(ledger) == 2 * WALLETS);
      Random random = new Random(7);
      for (int i = 0; i < TRANSFERS; i++) {
        int from = random.nextInt(WALLETS);
        int to = (from + 1 + random.nextInt(WALLETS - 1)) % WALLETS;
        commands.add(traffic.transfer(wallet(from), wallet(to), "BTC", 1 + random.nextInt(50_000)));
      }
      traffic.flush();
    }
    long total = 2L * WALLETS + TRANSFERS;
    await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(20))
        .until(() -> processed(ledger) >= 2L * WALLETS + 1_500);
    applier.kill();
    long atKill = processed(ledger);
    assertThat(atKill).as("killed mid-run").isLessThan(total);

    long restartedAt = System.nanoTime();
    applier = start(yaml, dir);
    try {
      await().atMost(WAIT).until(() -> processed(ledger) == total);
      double seconds = (System.nanoTime() - restartedAt) / 1e9;
      double applying =
          ledger.number(
              "SELECT extract(epoch FROM max(processed_at) - min(processed_at)) FROM"
                  + " (SELECT processed_at FROM processed_messages ORDER BY processed_at DESC LIMIT ?) last",
              total - atKill);
      System.out.printf(
          "crash recovery: %d applied before SIGKILL, %d after restart in %.1f s including JVM start;"
              + " %.0f records/s while applying%n",
          atKill, total - atKill, seconds, (total - atKill) / applying);
      await().atMost(WAIT).until(() -> lag(kafka) == 0);
    } finally {
      applier.stop(Duration.ofSeconds(30));
    }

    assertThat(
            ledger.count(
                "SELECT count(*) FROM processed_messages WHERE source_topic = ?",
                Topics.SCREENED_COMMANDS))
        .isEqualTo(commands.size());
    assertThat(ledger.count("SELECT count(DISTINCT message_id) FROM processed_messages"))
        .isEqualTo(total);
    long movements =
        ledger.count(
            "SELECT count(*) FROM processed_messages WHERE status = 'APPLIED'"
                + " AND message_kind <> 'WALLET_OPENED'");
    assertThat(ledger.count("SELECT count(*) FROM ledger_entries")).isEqualTo(2 * movements);
    LedgerCheck check = LedgerInvariants.of(database.dataSource()).check();
    assertThat(check.messagesAppliedMoreThanOnce()).as("messages applied more than once").isZero();
    assertThat(check.sumOfAllBalancesByAsset()).containsEntry("BTC", BigInteger.ZERO);
    assertThat(check.violations()).as("the ledger's invariants").isEmpty();
  }

  private static JavaProcess start(Path yaml, Path dir) {
    return JavaProcess.builder(StreamProcessorsApplication.class.getName())
        .args("server", yaml.toString())
        .jvmOptions("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")
        .logFile(dir.resolve("applier.log"))
        .start();
  }

  private static long processed(LedgerRows ledger) throws Exception {
    return ledger.count("SELECT count(*) FROM processed_messages");
  }

  /** Records of the applier's topics its group has not committed yet. */
  private static long lag(KafkaCluster kafka) throws Exception {
    try (Admin admin =
        Admin.create(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()))) {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin
              .listConsumerGroupOffsets(KafkaSettings.DEFAULT_GROUP_ID)
              .partitionsToOffsetAndMetadata()
              .get();
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      for (String topic : List.of(Topics.SCREENED_COMMANDS, Topics.EVENTS)) {
        for (int p = 0; p < LedgerTopics.PARTITIONS; p++) {
          latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
      }
      Map<TopicPartition, Long> ends =
          admin.listOffsets(latest).all().get().entrySet().stream()
              .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
      return ends.entrySet().stream()
          .mapToLong(
              e -> {
                OffsetAndMetadata done = committed.get(e.getKey());
                return e.getValue() - (done == null ? 0 : done.offset());
              })
          .sum();
    }
  }

  private static String wallet(int i) {
    return "crash-" + i;
  }
}
