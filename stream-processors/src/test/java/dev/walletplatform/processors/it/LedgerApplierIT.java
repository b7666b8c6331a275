package dev.walletplatform.processors.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.walletplatform.fixtures.ledger.LedgerInvariants;
import dev.walletplatform.fixtures.ledger.LedgerRows;
import dev.walletplatform.fixtures.traffic.WalletTraffic;
import dev.walletplatform.infra.FreePorts;
import dev.walletplatform.infra.kafka.KafkaCluster;
import dev.walletplatform.processors.app.StreamProcessorsApplication;
import dev.walletplatform.processors.deadletter.DeadLetterRecords;
import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.command.v1.TransferRequested;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import dev.walletplatform.schemas.result.v1.CommandResult;
import dev.walletplatform.schemas.result.v1.Outcome;
import dev.walletplatform.testsupport.KafkaClusterExtension;
import dev.walletplatform.testsupport.PostgresExtension;
import dev.walletplatform.testsupport.SchemaRegistryExtension;
import dev.walletplatform.testsupport.TestDatabase;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The applier as the local runtime runs it (in-process Dropwizard app) against a real broker and
 * PostgreSQL.
 */
@ExtendWith({KafkaClusterExtension.class, SchemaRegistryExtension.class, PostgresExtension.class})
class LedgerApplierIT {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static StreamProcessorsApplication application;
  private static WalletTraffic traffic;
  private static ResultCollector results;
  private static LedgerRows ledger;
  private static LedgerInvariants invariants;
  private static int adminPort;

  @BeforeAll
  static void startApplier(
      KafkaCluster kafka,
      SchemaRegistryClient registry,
      URI registryUri,
      TestDatabase database,
      @TempDir Path dir)
      throws Exception {
    LedgerTopics.create(kafka);
    adminPort = FreePorts.allocate(1).getFirst();
    application = new StreamProcessorsApplication();
    application.run(
        "server",
        ApplierYaml.write(dir, kafka.bootstrapServers(), registryUri, database, adminPort, 500, 2)
            .toString());
    traffic = WalletTraffic.batched(kafka.bootstrapServers(), registry, "it");
    results = new ResultCollector(kafka.bootstrapServers(), registry);
    ledger = new LedgerRows(database.dataSource());
    invariants = LedgerInvariants.of(database.dataSource());
  }

  @AfterAll
  static void stopApplier() throws Exception {
    if (traffic != null) {
      traffic.close();
      results.close();
    }
    if (application != null) {
      application.stop();
    }
  }

  @Test
  void appliesAMixOfEventsAndCommands() throws Exception {
    List<UUID> setup =
        List.of(
            traffic.openWallet("mix-alice"),
            traffic.openWallet("mix-bob"),
            traffic.deposit("mix-alice", "BTC", 10_000),
            traffic.deposit("mix-bob", "ETH", 500),
            traffic.openCampaign("mix-spring", "USDC", 25, 60));
    awaitResults(setup);
    UUID transfer = traffic.transfer("mix-alice", "mix-bob", "BTC", 4_000);
    UUID tooMuch = traffic.transfer("mix-bob", "mix-alice", "ETH", 501);
    UUID withdrawal = traffic.withdraw("mix-alice", "BTC", 1_000);
    UUID claimAlice = traffic.claim("mix-spring", "mix-alice");
    UUID claimAliceAgain = traffic.claim("mix-spring", "mix-alice");
    UUID claimBob = traffic.claim("mix-spring", "mix-bob");
    UUID unknownWallet = traffic.transfer("mix-alice", "mix-nobody", "BTC", 1);
    List<UUID> commands =
        List.of(
            transfer, tooMuch, withdrawal, claimAlice, claimAliceAgain, claimBob, unknownWallet);
    awaitResults(commands);
    UUID settled = traffic.settle(withdrawal, "mix-alice", "BTC", 1_000);
    awaitResults(List.of(settled));

    assertThat(setup).allSatisfy(id -> assertApplied(id));
    assertThat(List.of(transfer, withdrawal, claimAlice, claimBob, settled))
        .allSatisfy(id -> assertApplied(id));
    assertRejected(tooMuch, "INSUFFICIENT_FUNDS");
    assertRejected(claimAliceAgain, "ALREADY_CLAIMED");
    assertRejected(unknownWallet, "UNKNOWN_WALLET");
    assertThat(results.resultOf(transfer).getWallet()).isEqualTo("mix-alice");

    assertThat(ledger.balance("mix-alice", "BTC")).isEqualTo(5_000);
    assertThat(ledger.balance("mix-bob", "BTC")).isEqualTo(4_000);
    assertThat(ledger.balance("mix-bob", "ETH")).isEqualTo(500);
    assertThat(ledger.balance("mix-alice", "USDC")).isEqualTo(25);
    assertThat(ledger.balance("sys:campaign:mix-spring", "USDC")).isEqualTo(10);
    assertThat(
            ledger.count(
                "SELECT count(*) FROM withdrawals WHERE withdrawal_id = ? AND status = 'SETTLED'",
                withdrawal))
        .isEqualTo(1);
    for (UUID id : List.of(transfer, withdrawal, claimAlice, settled)) {
      assertThat(ledger.entriesOf(id)).as("entries of %s", id).isEqualTo(2);
    }
    assertThat(ledger.entriesOf(tooMuch)).isZero();
    assertThat(ledger.processed(tooMuch)).isEqualTo(1);
    assertLedgerConsistent();
  }

  @Test
  void appliesEachCommandOnceWhenRedelivered() throws Exception {
    awaitResults(
        List.of(
            traffic.openWallet("dup-alice"),
            traffic.openWallet("dup-bob"),
            traffic.deposit("dup-alice", "BTC", 1_000)));
    UUID id = UUID.randomUUID();
    ProducerRecord<byte[], byte[]> record =
        traffic.commandRecord(
            "dup-alice",
            id,
            "hash-dup",
            new TransferRequested("dup-alice", "dup-bob", "BTC", BigDecimal.valueOf(300)));
    traffic.send(record);
    traffic.send(record);
    traffic.flush();
    await().atMost(WAIT).until(() -> results.resultsOf(id).size() >= 2);
    traffic.send(record);
    traffic.flush();
    await().atMost(WAIT).until(() -> results.resultsOf(id).size() >= 3);

    assertThat(results.resultsOf(id))
        .extracting(CommandResult::getStatus)
        .containsOnly(Outcome.APPLIED);
    assertThat(ledger.processed(id)).isEqualTo(1);
    assertThat(ledger.entriesOf(id)).isEqualTo(2);
    assertThat(ledger.balance("dup-bob", "BTC")).isEqualTo(300);
    assertThat(ledger.balance("dup-alice", "BTC")).isEqualTo(700);
    assertLedgerConsistent();
  }

  @Test
  void deadLettersAGarbageRecordAndAppliesTheNextOne() throws Exception {
    awaitResults(
        List.of(
            traffic.openWallet("dlq-alice"),
            traffic.openWallet("dlq-bob"),
            traffic.deposit("dlq-alice", "ETH", 50)));
    byte[] garbage = "{\"not\":\"avro\"}".getBytes(StandardCharsets.UTF_8);
    traffic.send(new ProducerRecord<>(Topics.COMMANDS, WalletTraffic.key("dlq-alice"), garbage));
    UUID next = traffic.transfer("dlq-alice", "dlq-bob", "ETH", 20);
    awaitResults(List.of(next));

    assertApplied(next);
    await().atMost(WAIT).until(() -> !results.deadLetters().isEmpty());
    ConsumerRecord<byte[], byte[]> letter = results.deadLetters().getFirst();
    assertThat(letter.value()).isEqualTo(garbage);
    assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("dlq-alice");
    assertThat(header(letter, DeadLetterRecords.ERROR_CODE)).isEqualTo("DECODING_FAILED");
    assertThat(header(letter, DeadLetterRecords.SOURCE_TOPIC)).isEqualTo(Topics.COMMANDS);
    assertThat(header(letter, DeadLetterRecords.ERROR_CLASS)).endsWith("RecordDecodingException");
    assertThat(header(letter, DeadLetterRecords.ERROR_MESSAGE)).contains("magic byte");
    assertThat(letter.headers().lastHeader(DeadLetterRecords.SOURCE_OFFSET)).isNotNull();
    assertThat(letter.headers().lastHeader(DeadLetterRecords.SOURCE_PARTITION)).isNotNull();
    assertThat(letter.headers().lastHeader(DeadLetterRecords.FAILED_AT)).isNotNull();
  }

  @Test
  void neverAppliesACommandIdReusedWithAnotherRequestHash() throws Exception {
    awaitResults(
        List.of(
            traffic.openWallet("reuse-alice"),
            traffic.openWallet("reuse-bob"),
            traffic.deposit("reuse-alice", "BTC", 1_000)));
    long conflictsBefore = application.service().metrics().hashConflicts();
    UUID id = UUID.randomUUID();
    traffic.send(
        traffic.commandRecord(
            "reuse-alice",
            id,
            "hash-first",
            new TransferRequested("reuse-alice", "reuse-bob", "BTC", BigDecimal.valueOf(10))));
    traffic.flush();
    awaitResults(List.of(id));
    traffic.send(
        traffic.commandRecord(
            "reuse-alice",
            id,
            "hash-other-body",
            new TransferRequested("reuse-alice", "reuse-bob", "BTC", BigDecimal.valueOf(900))));
    traffic.flush();
    await().atMost(WAIT).until(() -> results.resultsOf(id).size() >= 2);

    assertThat(ledger.balance("reuse-bob", "BTC")).isEqualTo(10);
    assertThat(ledger.requestHashOf(id)).isEqualTo("hash-first");
    assertThat(ledger.entriesOf(id)).isEqualTo(2);
    assertThat(application.service().metrics().hashConflicts()).isEqualTo(conflictsBefore + 1);
  }

  @Test
  void servesLiveAndReadyOnTheAdminPort() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (String path : List.of("/live", "/ready")) {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + adminPort + path)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
    }
  }

  private static void awaitResults(List<UUID> ids) throws Exception {
    traffic.flush();
    await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> results.hasResultsFor(ids));
  }

  private static void assertApplied(UUID id) {
    CommandResult result = results.resultOf(id);
    assertThat(result.getStatus())
        .as("%s rejected with %s", result.getMessageKind(), result.getReasonCode())
        .isEqualTo(Outcome.APPLIED);
  }

  private static void assertRejected(UUID id, String reason) {
    assertThat(results.resultOf(id).getStatus()).isEqualTo(Outcome.REJECTED);
    assertThat(results.resultOf(id).getReasonCode()).isEqualTo(reason);
  }

  private static void assertLedgerConsistent() throws Exception {
    assertThat(invariants.check().violations()).isEmpty();
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String key) {
    return new String(record.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
  }
}
