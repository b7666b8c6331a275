package dev.walletplatform.processors.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.walletplatform.fixtures.ledger.LedgerRows;
import dev.walletplatform.fixtures.traffic.WalletTraffic;
import dev.walletplatform.infra.kafka.KafkaCluster;
import dev.walletplatform.infra.process.JavaProcess;
import dev.walletplatform.ledgerdb.config.DatabaseSettings;
import dev.walletplatform.ledgerdb.migration.LedgerMigrations;
import dev.walletplatform.processors.app.StreamProcessorsApplication;
import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import dev.walletplatform.schemas.result.v1.CommandResult;
import dev.walletplatform.schemas.result.v1.Outcome;
import dev.walletplatform.testsupport.KafkaClusterExtension;
import dev.walletplatform.testsupport.PostgresExtension;
import dev.walletplatform.testsupport.SchemaRegistryExtension;
import dev.walletplatform.testsupport.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Screening and the status view on a real broker with two Streams instances — one in this JVM, one
 * a child JVM that is SIGKILLed mid-burst and restarted — and the real ledger applier on
 * PostgreSQL.
 */
@ExtendWith({KafkaClusterExtension.class, SchemaRegistryExtension.class, PostgresExtension.class})
class ScreeningIT {
  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final String CAMPAIGN = "burst-drop";
  private static final int LIMIT = 5;
  private static final int BOT_DEVICES = 4;
  private static final int CLAIMS_PER_BOT = 40;
  private static final int HUMANS = 120;

  /**
   * One window of an hour holds the whole run: a clock crossing the hour mid-test changes nothing.
   */
  @SuppressWarnings("TimeInStaticInitializer") // on purpose: one window for the whole class
  private static final Instant WINDOW = Instant.now().truncatedTo(ChronoUnit.HOURS);

  private static final String SCREENING =
      """
      claimsPerDevice: {limit: %d, window: 1h}
      withdrawalsPerWallet: {limit: 100, window: 1h}
      grace: 5m
      """
          .formatted(LIMIT);

  private static Path dir;
  private static KafkaCluster kafka;
  private static URI registryUri;
  private static TestDatabase database;
  private static WalletTraffic traffic;
  private static ResultCollector results;
  private static LedgerRows ledger;
  private static StreamProcessorsApplication inProcess;
  private static ApplierYaml inProcessYaml;
  private static JavaProcess child;
  private static ApplierYaml childYaml;
  private static StreamProcessorsApplication applier;
  private static final StatusEndpointClient status = new StatusEndpointClient();

  @BeforeAll
  static void startTwoStreamsInstances(
      KafkaCluster cluster,
      SchemaRegistryClient registry,
      URI registryAddress,
      TestDatabase db,
      @TempDir Path tempDir)
      throws Exception {
    dir = tempDir;
    kafka = cluster;
    registryUri = registryAddress;
    database = db;
    LedgerTopics.create(kafka);
    // the applier migrates at its start; done here so the ledger can be queried before it runs
    LedgerMigrations.migrate(
        database.dataSource(),
        new DatabaseSettings(
            database.jdbcUrl(), database.username(), database.password(), null, null, null, null));
    inProcessYaml =
        new ApplierYaml(dir, kafka.bootstrapServers(), registryUri, database)
            .streamsOnly()
            .screening(SCREENING);
    childYaml =
        new ApplierYaml(dir, kafka.bootstrapServers(), registryUri, database)
            .streamsOnly()
            .screening(SCREENING);
    Path childFile = childYaml.write();
    child = startChild(childFile);
    inProcess = new StreamProcessorsApplication();
    inProcess.run("server", inProcessYaml.write().toString());
    traffic = WalletTraffic.batched(kafka.bootstrapServers(), registry, "it");
    results = new ResultCollector(kafka.bootstrapServers(), registry);
    ledger = new LedgerRows(database.dataSource());
    awaitBothRunning();
  }

  @AfterAll
  static void stopEverything() throws Exception {
    if (traffic != null) {
      traffic.close();
      results.close();
    }
    if (applier != null) {
      applier.stop();
    }
    if (inProcess != null) {
      inProcess.stop();
    }
    if (child != null) {
      child.stop(Duration.ofSeconds(30));
    }
  }

  /**
   * Every test starts with both instances serving, also after a test that killed and restarted the
   * child.
   */
  @BeforeEach
  void bothInstancesRunning() {
    awaitBothRunning();
  }

  @Test
  void answersStatusQueriesOnlyWithTheStatusKeyAndMetricsOnlyWithTheMetricsKey() throws Exception {
    UUID id = UUID.randomUUID();
    int port = childYaml.statusPort();
    StatusEndpointClient.Answer none = status.ask(port, id.toString(), null);
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.field("code")).isEqualTo("UNAUTHENTICATED");
    assertThat(status.ask(port, id.toString(), "ApiKey not-the-status-key-0123456789").status())
        .isEqualTo(401);
    assertThat(status.ask(port, id.toString(), ItKeys.authorization(ItKeys.METRICS)).status())
        .as("an admin-port key is unknown here")
        .isEqualTo(401);
    StatusEndpointClient.Answer wrongScope =
        status.ask(port, id.toString(), ItKeys.authorization(ItKeys.STATUS_WITHOUT_SCOPE));
    assertThat(wrongScope.status()).isEqualTo(403);
    assertThat(wrongScope.field("code")).isEqualTo("FORBIDDEN");
    assertThat(status.ask(port, "not-a-uuid", null).status())
        .as("no key: refused before validation")
        .isEqualTo(401);
    StatusEndpointClient.Answer invalid =
        status.ask(port, "not-a-uuid", ItKeys.authorization(ItKeys.STATUS));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.field("code")).isEqualTo("INVALID_COMMAND_ID");
    assertThat(status.ask(port, id).status())
        .as("with the key, an id never seen: ask the database")
        .isIn(404, 503);

    int admin = inProcessYaml.adminPort();
    assertThat(adminGet(admin, "/metrics", null).statusCode()).isEqualTo(401);
    assertThat(adminGet(admin, "/metrics", ItKeys.authorization(ItKeys.STATUS)).statusCode())
        .as("the status key is unknown on the admin port")
        .isEqualTo(401);
    assertThat(adminGet(admin, "/threads", ItKeys.authorization(ItKeys.METRICS)).statusCode())
        .isEqualTo(403);
    assertThat(adminGet(admin, "/threads", ItKeys.authorization(ItKeys.OPERATOR)).statusCode())
        .isEqualTo(200);
    assertThat(adminGet(admin, "/live", null).statusCode()).as("probes stay open").isEqualTo(200);
  }

  @Test
  void answersAcceptedFromTheViewWhileTheApplierIsPausedThenTheDecision() throws Exception {
    stopApplierIfRunning();
    List<UUID> accepted = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      accepted.add(
          traffic.transfer("paused-" + i, "paused-" + (i + 1), "BTC", 1, WINDOW.plusSeconds(1)));
    }
    traffic.flush();

    Set<String> servedBy = new HashSet<>();
    for (UUID id : accepted) {
      for (int port : List.of(inProcessYaml.statusPort(), childYaml.statusPort())) {
        StatusEndpointClient.Answer answer = awaitHeld(port, id);
        assertThat(answer.field("status"))
            .as("%s via %d: %s", id, port, answer.body())
            .isEqualTo("accepted");
        assertThat(answer.field("kind")).isEqualTo("TRANSFER");
        servedBy.add(answer.field("served_by"));
      }
    }
    // each instance forwards the other's ids to it, presenting statusView.peerApiKey
    assertThat(servedBy).as("ids owned by each instance, answered through either").hasSize(2);
    assertThat(
            ledger.count(
                "SELECT count(*) FROM processed_messages WHERE message_id = ANY(?::uuid[])",
                (Object) ids(accepted)))
        .as("none of them reached the database")
        .isZero();

    startApplierIfStopped();
    for (UUID id : accepted) {
      await()
          .atMost(WAIT)
          .until(
              () -> "rejected".equals(status.ask(inProcessYaml.statusPort(), id).field("status")));
      // the other instance may serve the id from its own copy, a moment behind: wait for it too
      await()
          .atMost(WAIT)
          .untilAsserted(
              () ->
                  assertThat(status.ask(childYaml.statusPort(), id).field("reason_code"))
                      .isEqualTo("UNKNOWN_WALLET"));
    }
  }

  @Test
  void cutsBotsAtTheLimitPassesEveryHumanLosesNothingAndCountsExactlyAcrossAKill()
      throws Exception {
    startApplierIfStopped();
    List<String> humans = new ArrayList<>();
    for (int i = 0; i < HUMANS; i++) {
      humans.add("human-" + i);
    }
    Map<String, List<String>> botWallets = new LinkedHashMap<>();
    List<UUID> setup = new ArrayList<>();
    for (int d = 0; d < BOT_DEVICES; d++) {
      List<String> wallets = new ArrayList<>();
      for (int c = 0; c < CLAIMS_PER_BOT; c++) {
        wallets.add("bot-" + d + "-" + c);
      }
      botWallets.put("bot-device-" + d, wallets);
      wallets.forEach(w -> setup.add(traffic.openWallet(w)));
    }
    humans.forEach(h -> setup.add(traffic.openWallet(h)));
    setup.add(
        traffic.openCampaign(
            CAMPAIGN,
            "USDC",
            10,
            1_000_000,
            WINDOW.minus(Duration.ofHours(1)),
            WINDOW.plus(Duration.ofHours(3))));
    traffic.flush();
    await().atMost(WAIT).until(() -> results.hasResultsFor(setup));

    // the burst: bots' claims interleaved with humans' claim-then-transfer (the transfer spends the
    // claim)
    List<Runnable> sends = new ArrayList<>();
    Map<UUID, String> botClaims = new HashMap<>();
    List<UUID> humanClaims = new ArrayList<>();
    List<UUID> humanTransfers = new ArrayList<>();
    botWallets.forEach(
        (device, wallets) ->
            wallets.forEach(
                w ->
                    sends.add(
                        () ->
                            botClaims.put(
                                traffic.claim(CAMPAIGN, w, device, WINDOW.plusSeconds(2)),
                                device))));
    for (int i = 0; i < HUMANS; i++) {
      String human = humans.get(i);
      String friend = humans.get((i + 1) % HUMANS);
      sends.add(
          () -> {
            humanClaims.add(
                traffic.claim(CAMPAIGN, human, "phone-" + human, WINDOW.plusSeconds(2)));
            humanTransfers.add(traffic.transfer(human, friend, "USDC", 10, WINDOW.plusSeconds(3)));
          });
    }
    Collections.shuffle(sends, new Random(11));
    int half = sends.size() / 2;
    sends.subList(0, half).forEach(Runnable::run);
    traffic.flush();
    List<UUID> firstHalf = new ArrayList<>(botClaims.keySet());
    firstHalf.addAll(humanClaims);
    await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(20))
        .until(
            () -> firstHalf.stream().filter(results::hasResultFor).count() >= firstHalf.size() / 4);
    child.kill();
    sends.subList(half, sends.size()).forEach(Runnable::run);
    traffic.flush();
    child = startChild(childYaml.write());

    List<UUID> all = new ArrayList<>(botClaims.keySet());
    all.addAll(humanClaims);
    all.addAll(humanTransfers);
    await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(200))
        .until(() -> results.hasResultsFor(all));

    Map<String, Integer> passedPerDevice = new HashMap<>();
    Map<String, Integer> cutPerDevice = new HashMap<>();
    for (Map.Entry<UUID, String> claim : botClaims.entrySet()) {
      CommandResult result = results.resultOf(claim.getKey());
      if ("DEVICE_CLAIM_LIMIT_EXCEEDED".equals(result.getReasonCode())) {
        cutPerDevice.merge(claim.getValue(), 1, Integer::sum);
        assertThat(ledger.processed(claim.getKey()))
            .as("a cut claim never reaches the ledger")
            .isZero();
      } else {
        assertThat(result.getStatus())
            .as("bot claim %s: %s", claim.getKey(), result)
            .isEqualTo(Outcome.APPLIED);
        passedPerDevice.merge(claim.getValue(), 1, Integer::sum);
      }
    }
    assertThat(passedPerDevice)
        .as("each bot device cut at exactly the limit, across the kill")
        .containsOnlyKeys(botWallets.keySet())
        .allSatisfy((device, passed) -> assertThat(passed).isEqualTo(LIMIT));
    assertThat(cutPerDevice)
        .allSatisfy((device, cut) -> assertThat(cut).isEqualTo(CLAIMS_PER_BOT - LIMIT));
    for (UUID id : humanClaims) {
      assertThat(results.resultOf(id).getStatus())
          .as("human claim %s", id)
          .isEqualTo(Outcome.APPLIED);
    }
    for (UUID id : humanTransfers) {
      assertThat(results.resultOf(id).getStatus())
          .as("transfer %s after its claim: order kept", id)
          .isEqualTo(Outcome.APPLIED);
    }
    List<UUID> claims = new ArrayList<>(botClaims.keySet());
    claims.addAll(humanClaims);
    assertThat(
            ledger.count(
                "SELECT count(*) FROM processed_messages WHERE message_kind = 'GIVEAWAY_CLAIM'"
                    + " AND message_id = ANY(?::uuid[])",
                (Object) ids(claims)))
        .isEqualTo((long) BOT_DEVICES * LIMIT + HUMANS);
    assertThat(screenedCopiesPerCommand(all).values())
        .as("exactly-once: no command screened twice")
        .allSatisfy(copies -> assertThat(copies).isEqualTo(1));
    assertThat(results.deadLetters()).isEmpty();
    String metrics = adminMetrics(inProcessYaml.adminPort());
    assertThat(metrics)
        .contains(
            "screening_commands_rejected_total{reason=\"DEVICE_CLAIM_LIMIT_EXCEEDED\"}",
            "screening_commands_screened_total",
            "wallet_command_accept_to_screened_seconds_bucket{kind=\"giveaway_claim\"",
            "streams_store_keys{store=\"command-status\"}",
            "kafka_stream_thread_process_total");
    System.out.println(
        "store sizes on the in-process instance: "
            + metrics.lines().filter(l -> l.startsWith("streams_store_keys")).toList());
    System.out.printf(
        "screening IT: %d bot claims from %d devices cut to %d each, %d humans x 2 commands all"
            + " applied, instance SIGKILLed and restarted mid-burst%n",
        botClaims.size(), BOT_DEVICES, LIMIT, HUMANS);
  }

  private static void startApplierIfStopped() throws Exception {
    if (applier == null) {
      applier = new StreamProcessorsApplication();
      applier.run(
          "server",
          new ApplierYaml(dir, kafka.bootstrapServers(), registryUri, database)
              .applierOnly()
              .write()
              .toString());
    }
  }

  private static void stopApplierIfRunning() throws Exception {
    if (applier != null) {
      applier.stop();
      applier = null;
    }
  }

  private static String[] ids(List<UUID> ids) {
    return ids.stream().map(UUID::toString).toArray(String[]::new);
  }

  private static String adminMetrics(int adminPort) throws Exception {
    return adminGet(adminPort, "/metrics", ItKeys.authorization(ItKeys.METRICS)).body();
  }

  private static HttpResponse<String> adminGet(int adminPort, String path, String authorization)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adminPort + path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Map<UUID, Integer> screenedCopiesPerCommand(List<UUID> ids) {
    Set<UUID> wanted = new HashSet<>(ids);
    Map<UUID, Integer> copies = new HashMap<>();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                "bootstrap.servers",
                kafka.bootstrapServers(),
                "group.id",
                "it-screened-" + UUID.randomUUID(),
                "auto.offset.reset",
                "earliest",
                "isolation.level",
                "read_committed"),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(Topics.SCREENED_COMMANDS));
      long quietSince = System.nanoTime();
      while (System.nanoTime() - quietSince < Duration.ofSeconds(3).toNanos()) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          quietSince = System.nanoTime();
          UUID id = commandIdOf(record.value());
          if (wanted.contains(id)) {
            copies.merge(id, 1, Integer::sum);
          }
        }
      }
    }
    return copies;
  }

  /**
   * The command id is the first field of the Avro body: a length-prefixed UUID string after the
   * 5-byte header.
   */
  private static UUID commandIdOf(byte[] value) {
    return UUID.fromString(new String(value, 6, 36, StandardCharsets.UTF_8));
  }

  private static StatusEndpointClient.Answer awaitHeld(int port, UUID id) {
    return await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> status.ask(port, id), answer -> answer.status() == 200);
  }

  private static void awaitBothRunning() {
    await()
        .atMost(WAIT)
        .until(() -> ready(inProcessYaml.adminPort()) && ready(childYaml.adminPort()));
  }

  private static boolean ready(int adminPort) {
    try {
      return HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adminPort + "/ready"))
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (Exception e) {
      return false;
    }
  }

  private static JavaProcess startChild(Path yaml) {
    return JavaProcess.builder(StreamProcessorsApplication.class.getName())
        .args("server", yaml.toString())
        .jvmOptions("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")
        .logFile(dir.resolve("streams-child.log"))
        .start();
  }
}
