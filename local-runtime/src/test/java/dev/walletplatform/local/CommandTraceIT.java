package dev.walletplatform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.walletplatform.fixtures.config.LocalServiceConfig;
import dev.walletplatform.fixtures.tokens.LocalTokenIssuer;
import dev.walletplatform.fixtures.traffic.WalletTraffic;
import dev.walletplatform.gateway.GatewayApplication;
import dev.walletplatform.infra.FreePorts;
import dev.walletplatform.infra.kafka.KafkaCluster;
import dev.walletplatform.infra.tls.SelfSignedKeystore;
import dev.walletplatform.kit.auth.apikey.ApiKeyRing;
import dev.walletplatform.kit.tracing.HopScope;
import dev.walletplatform.kit.tracing.KafkaTraceHeaders;
import dev.walletplatform.kit.tracing.SpanJson;
import dev.walletplatform.kit.tracing.TraceAttributes;
import dev.walletplatform.processors.app.StreamProcessorsApplication;
import dev.walletplatform.processors.ledger.LedgerApplier;
import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import dev.walletplatform.schemas.result.v1.CommandResult;
import dev.walletplatform.schemas.serde.AvroDeserializer;
import dev.walletplatform.testsupport.KafkaClusterExtension;
import dev.walletplatform.testsupport.PostgresExtension;
import dev.walletplatform.testsupport.SchemaRegistryExtension;
import dev.walletplatform.testsupport.TestDatabase;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * One command, one trace: the gateway and stream-processors run in this JVM on a real KRaft broker,
 * schema registry and PostgreSQL, their spans collected in memory ({@code alsoExportSpansTo}); a
 * transfer is sent over HTTPS with the caller's {@code traceparent}, and its trace is followed
 * through Kafka to its result. The trace's spans are written to {@code
 * target/traces/one-command.json}, in the form of {@code docs/traces/one-command.json}.
 */
@ExtendWith({KafkaClusterExtension.class, SchemaRegistryExtension.class, PostgresExtension.class})
class CommandTraceIT {
  private static final Duration WAIT = Duration.ofSeconds(40);
  private static final AttributeKey<String> ROUTE = AttributeKey.stringKey("http.route");
  private static final AttributeKey<Long> STATUS =
      AttributeKey.longKey("http.response.status_code");
  private static final AttributeKey<String> VERDICT =
      AttributeKey.stringKey("wallet.screening.verdict");
  private static final AttributeKey<String> OUTCOME =
      AttributeKey.stringKey("wallet.ledger.outcome");

  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private final Map<UUID, ConsumerRecord<byte[], byte[]>> results = new ConcurrentHashMap<>();
  private StreamProcessorsApplication processors;
  private GatewayApplication gateway;
  private Thread resultReader;
  private volatile boolean reading = true;

  @AfterEach
  void stop() throws Exception {
    reading = false;
    if (gateway != null) {
      gateway.stop();
    }
    if (processors != null) {
      processors.stop();
    }
    if (resultReader != null) {
      resultReader.join(5_000);
    }
  }

  @Test
  void oneCommandIsOneTraceWithASpanPerHopFromTheHttpsRequestToItsResult(
      KafkaCluster kafka,
      SchemaRegistryClient registry,
      URI registryUri,
      TestDatabase database,
      @TempDir Path dir)
      throws Exception {
    kafka.createTopics(PlatformTopics.all(2, 1));
    readResults(kafka.bootstrapServers(), registry);
    processors = new StreamProcessorsApplication();
    processors.alsoExportSpansTo(spans);
    processors.run("server", processorsYaml(dir, kafka, registryUri, database).toString());
    SelfSignedKeystore keystore = SelfSignedKeystore.generate(dir.resolve("tls"));
    LocalTokenIssuer tokens =
        LocalTokenIssuer.create("https://auth.it.local", "wallet-api", dir.resolve("jwks.json"));
    gateway = new GatewayApplication();
    gateway.alsoExportSpansTo(spans);
    gateway.run("server", gatewayYaml(dir, kafka, registryUri, keystore, tokens).toString());
    await()
        .atMost(WAIT)
        .until(
            () ->
                processors.streams().running().map(KafkaStreams::state).orElse(null)
                    == KafkaStreams.State.RUNNING);
    // both services have configured logging (Dropwizard resets it at each start): only now
    ListAppender<ILoggingEvent> applierLog = captureDebug(LedgerApplier.class);

    // a funded source wallet, so the transfer is applied
    try (WalletTraffic events = WalletTraffic.oneByOne(kafka.bootstrapServers(), registry, "it")) {
      events.openWallet("trace-alice");
      events.openWallet("trace-bob");
      UUID deposit = events.deposit("trace-alice", "BTC", 1_000_000);
      await().atMost(WAIT).until(() -> results.containsKey(deposit));
    }

    String callerTrace = HexFormat.of().formatHex(randomBytes(16));
    String callerSpan = HexFormat.of().formatHex(randomBytes(8));
    HttpResponse<String> answer =
        HttpClient.newBuilder()
            .sslContext(keystore.clientSslContext())
            .build()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "https://localhost:" + gateway.ports().application() + "/v1/transfers"))
                    .header(
                        "Authorization",
                        "Bearer "
                            + tokens.issue(
                                "alice", "trace-it", List.of("trace-alice"), Duration.ofMinutes(5)))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", "trace-it-" + UUID.randomUUID())
                    .header(
                        KafkaTraceHeaders.TRACEPARENT,
                        "00-" + callerTrace + "-" + callerSpan + "-01")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"from_wallet\":\"trace-alice\",\"to_wallet\":\"trace-bob\","
                                + "\"asset\":\"BTC\",\"amount\":\"0.001\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
    UUID commandId =
        UUID.fromString(new ObjectMapper().readTree(answer.body()).path("command_id").asText());
    await().atMost(WAIT).until(() -> results.containsKey(commandId));
    // the applier's span ends once the batch's offsets are committed, just after the result
    await()
        .atMost(WAIT)
        .until(() -> find(callerTrace, "apply " + Topics.SCREENED_COMMANDS).isPresent());

    List<SpanData> trace =
        spans.getFinishedSpanItems().stream()
            .filter(s -> s.getTraceId().equals(callerTrace))
            .sorted(Comparator.comparingLong(SpanData::getStartEpochNanos))
            .toList();
    writeForTheDocs(trace);

    SpanData server = find(callerTrace, "POST /v1/transfers").orElseThrow();
    SpanData publish = find(callerTrace, "publish " + Topics.COMMANDS).orElseThrow();
    SpanData screen = find(callerTrace, "screen " + Topics.COMMANDS).orElseThrow();
    SpanData apply = find(callerTrace, "apply " + Topics.SCREENED_COMMANDS).orElseThrow();
    assertThat(trace)
        .as("one trace, a span per hop")
        .extracting(SpanData::getName)
        .containsExactly(server.getName(), publish.getName(), screen.getName(), apply.getName());

    assertThat(server.getKind()).isEqualTo(SpanKind.SERVER);
    assertThat(server.getParentSpanId()).as("the caller's traceparent").isEqualTo(callerSpan);
    assertThat(server.getAttributes().get(ROUTE)).isEqualTo("/v1/transfers");
    assertThat(server.getAttributes().get(STATUS)).isEqualTo(202L);
    assertThat(server.getResource().getAttribute(AttributeKey.stringKey("service.name")))
        .isEqualTo("ingest-gateway");

    assertThat(publish.getKind()).isEqualTo(SpanKind.PRODUCER);
    assertThat(publish.getParentSpanId()).isEqualTo(server.getSpanId());

    assertThat(screen.getKind()).isEqualTo(SpanKind.CONSUMER);
    assertThat(screen.getParentSpanId())
        .as("across wallet.commands.v1")
        .isEqualTo(publish.getSpanId());
    assertThat(screen.getAttributes().get(VERDICT)).isEqualTo("PASSED");
    assertThat(screen.getResource().getAttribute(AttributeKey.stringKey("service.name")))
        .isEqualTo("stream-processors");

    assertThat(apply.getKind()).isEqualTo(SpanKind.CONSUMER);
    assertThat(apply.getParentSpanId())
        .as("across wallet.commands.screened.v1")
        .isEqualTo(screen.getSpanId());
    assertThat(apply.getAttributes().get(OUTCOME)).isEqualTo("APPLIED");

    for (SpanData span : List.of(publish, screen, apply)) {
      assertThat(span.getAttributes().get(TraceAttributes.COMMAND_ID))
          .as(span.getName())
          .isEqualTo(commandId.toString());
      assertThat(span.getAttributes().get(TraceAttributes.COMMAND_KIND)).isEqualTo("TRANSFER");
    }

    Header traceparent = results.get(commandId).headers().lastHeader(KafkaTraceHeaders.TRACEPARENT);
    assertThat(new String(traceparent.value(), StandardCharsets.UTF_8))
        .as("the result names the applier's span")
        .isEqualTo(
            "00-"
                + callerTrace
                + "-"
                + apply.getSpanId()
                + "-"
                + apply.getSpanContext().getTraceFlags().asHex());
    assertThat(results.get(commandId).headers().headers(KafkaTraceHeaders.TRACEPARENT)).hasSize(1);

    assertThat(applierLog.list)
        .as("the applier's log line for the command")
        .filteredOn(event -> event.getFormattedMessage().contains(commandId.toString()))
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.getMDCPropertyMap())
                  .containsEntry(HopScope.TRACE_ID, callerTrace)
                  .containsEntry(HopScope.COMMAND_ID, commandId.toString());
              assertThat(event.getFormattedMessage()).contains("TRANSFER", "APPLIED");
            });
  }

  private Optional<SpanData> find(String traceId, String name) {
    return spans.getFinishedSpanItems().stream()
        .filter(s -> s.getTraceId().equals(traceId) && s.getName().equals(name))
        .findFirst();
  }

  private static ListAppender<ILoggingEvent> captureDebug(Class<?> type) {
    Logger logger = (Logger) LoggerFactory.getLogger(type);
    logger.setLevel(Level.DEBUG);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.setContext(logger.getLoggerContext());
    appender.start();
    logger.addAppender(appender);
    return appender;
  }

  private static void writeForTheDocs(List<SpanData> trace) throws Exception {
    ObjectMapper json = new ObjectMapper();
    ArrayNode spans = json.createArrayNode();
    trace.forEach(span -> spans.add(SpanJson.of(span)));
    Path file = Path.of("target", "traces", "one-command.json");
    Files.createDirectories(file.getParent());
    json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), spans);
  }

  private void readResults(String bootstrapServers, SchemaRegistryClient registry) {
    AvroDeserializer<CommandResult> decoder = new AvroDeserializer<>(registry, CommandResult.class);
    KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                "bootstrap.servers",
                bootstrapServers,
                "group.id",
                "trace-it-" + UUID.randomUUID(),
                "auto.offset.reset",
                "earliest",
                "isolation.level",
                "read_committed"),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer());
    consumer.subscribe(List.of(Topics.RESULTS));
    resultReader =
        new Thread(
            () -> {
              try (consumer) {
                while (reading) {
                  for (ConsumerRecord<byte[], byte[]> record :
                      consumer.poll(Duration.ofMillis(100))) {
                    results.put(
                        decoder.deserialize(record.topic(), record.value()).getMessageId(), record);
                  }
                }
              }
            },
            "trace-it-results");
    resultReader.start();
  }

  private static Path processorsYaml(
      Path dir, KafkaCluster kafka, URI registry, TestDatabase database) {
    int statusPort = FreePorts.allocate();
    return LocalServiceConfig.of("stream-processors")
        .env("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers())
        .env("SCHEMA_REGISTRY_URL", registry)
        .env("LEDGER_DB_URL", database.jdbcUrl())
        .env("LEDGER_DB_USER", database.username())
        .env("LEDGER_DB_PASSWORD", database.password() == null ? "" : database.password())
        .env("APPLIER_ADMIN_PORT", FreePorts.allocate())
        .env("STATUS_VIEW_PORT", statusPort)
        .env("STREAMS_APPLICATION_SERVER", "localhost:" + statusPort)
        .env("STREAMS_STATE_DIR", dir.resolve("streams-state"))
        .env("STREAMS_STANDBY_REPLICAS", 0)
        .env("STREAMS_REPLICATION_FACTOR", 1)
        .env("STATUS_VIEW_KEY_SHA256", ApiKeyRing.hashOf("trace-it-status-key-0123456789"))
        .env("STATUS_VIEW_API_KEY", "trace-it-status-key-0123456789")
        // the spans go to this test's exporter; nothing is written or logged per span
        .env("TRACING_EXPORTER", "none")
        .override("kafka.pollTimeout", "100ms")
        .override("logging", "{level: WARN}")
        .writeTo(dir.resolve("stream-processors.yml"));
  }

  private static Path gatewayYaml(
      Path dir,
      KafkaCluster kafka,
      URI registry,
      SelfSignedKeystore keystore,
      LocalTokenIssuer tokens) {
    return LocalServiceConfig.of("ingest-gateway")
        .env("GATEWAY_HTTPS_PORT", 0)
        .env("GATEWAY_ADMIN_PORT", 0)
        .env("GATEWAY_KEYSTORE_PATH", keystore.path())
        .env("GATEWAY_KEYSTORE_PASSWORD", keystore.password())
        .env("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers())
        .env("SCHEMA_REGISTRY_URL", registry)
        .env("AUTH_JWT_ISSUER", tokens.issuer())
        .env("AUTH_JWT_AUDIENCE", tokens.audience())
        .env("AUTH_JWKS_URI", tokens.jwksUri())
        .env("TRACING_EXPORTER", "none")
        .override("server.applicationConnectors[0].bindHost", "127.0.0.1")
        .override("server.requestLog.appenders", "[]")
        .override("logging", "{level: WARN}")
        .writeTo(dir.resolve("ingest-gateway.yml"));
  }

  private static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }
}
