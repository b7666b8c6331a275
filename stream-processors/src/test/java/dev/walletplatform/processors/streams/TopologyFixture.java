package dev.walletplatform.processors.streams;

import dev.walletplatform.domain.money.AssetCatalog;
import dev.walletplatform.processors.config.KafkaSettings;
import dev.walletplatform.processors.config.ScreeningSettings;
import dev.walletplatform.processors.config.StreamsSettings;
import dev.walletplatform.processors.screening.ScreeningMetrics;
import dev.walletplatform.processors.streams.serde.WalletSerdes;
import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.command.v1.GiveawayClaimRequested;
import dev.walletplatform.schemas.command.v1.TransferRequested;
import dev.walletplatform.schemas.command.v1.WalletCommand;
import dev.walletplatform.schemas.command.v1.WithdrawalRequested;
import dev.walletplatform.schemas.event.v1.GiveawayCampaignOpened;
import dev.walletplatform.schemas.event.v1.WalletEvent;
import dev.walletplatform.schemas.registry.InMemorySchemaRegistryClient;
import dev.walletplatform.schemas.result.v1.CommandResult;
import dev.walletplatform.schemas.result.v1.Outcome;
import dev.walletplatform.schemas.serde.AvroDeserializer;
import dev.walletplatform.schemas.serde.AvroSerializer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/**
 * The whole Streams application in a TopologyTestDriver, fed and read the way the platform does:
 * Avro commands as the gateway writes them, events as internal producers do, results as the ledger
 * publishes them. The results topic is both read and written, so screening's rejections flow back
 * into the status view and campaign budgets, as on a broker.
 */
public final class TopologyFixture implements AutoCloseable {
  public static final Instant T0 = Instant.parse("2026-05-01T12:00:00Z");

  public final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
  public final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
  public final ScreeningMetrics screeningMetrics = new ScreeningMetrics(metrics, Clock.systemUTC());
  private final TopologyTestDriver driver;
  private final AvroSerializer<WalletCommand> commandSerializer = new AvroSerializer<>(registry);
  private final TestInputTopic<String, byte[]> commands;
  private final TestInputTopic<String, WalletEvent> events;
  private final TestInputTopic<String, CommandResult> ledgerResults;
  private final TestOutputTopic<String, byte[]> screened;
  private final TestOutputTopic<String, CommandResult> results;
  private final TestOutputTopic<byte[], byte[]> deadLetters;
  private final AvroDeserializer<WalletCommand> commandDeserializer =
      new AvroDeserializer<>(registry, WalletCommand.class);

  public TopologyFixture(ScreeningSettings screening, Duration statusRetention, Path stateDir) {
    WalletSerdes serdes = new WalletSerdes(registry);
    StreamsSettings streams =
        StreamsSettings.fromYaml(
            true, "ttd", null, stateDir.toString(), null, null, null, null, null);
    KafkaSettings kafka = new KafkaSettings("localhost:9092", null, null, null, null, null);
    Properties props = StreamsClientConfig.streams(kafka, streams, metrics);
    // The driver's transactional mock producer loses records a handler sends while a record is
    // being
    // deserialized (outside its processing loop); the *IT tests cover exactly-once on a real
    // broker.
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
    driver =
        new TopologyTestDriver(
            WalletTopologies.build(
                serdes, screening, screeningMetrics, AssetCatalog.defaults(), statusRetention, 1),
            props,
            T0);
    commands =
        driver.createInputTopic(Topics.COMMANDS, new StringSerializer(), new ByteArraySerializer());
    events =
        driver.createInputTopic(
            Topics.EVENTS, new StringSerializer(), serdes.events().serializer());
    ledgerResults =
        driver.createInputTopic(
            Topics.RESULTS, new StringSerializer(), serdes.results().serializer());
    screened =
        driver.createOutputTopic(
            Topics.SCREENED_COMMANDS, new StringDeserializer(), new ByteArrayDeserializer());
    results =
        driver.createOutputTopic(
            Topics.RESULTS, new StringDeserializer(), serdes.results().deserializer());
    deadLetters =
        driver.createOutputTopic(
            Topics.DEAD_LETTERS, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  public TopologyTestDriver driver() {
    return driver;
  }

  // --- what the gateway writes ---

  public static WalletCommand claim(
      String campaign, String wallet, String deviceId, Instant acceptedAt) {
    return command(new GiveawayClaimRequested(campaign, wallet), deviceId, acceptedAt);
  }

  public static WalletCommand withdrawal(String wallet, Instant acceptedAt) {
    return command(
        new WithdrawalRequested(wallet, "BTC", BigDecimal.valueOf(1_000), "bc1qdestination0001"),
        null,
        acceptedAt);
  }

  public static WalletCommand transfer(String from, String to, Instant acceptedAt) {
    return command(new TransferRequested(from, to, "BTC", BigDecimal.TEN), null, acceptedAt);
  }

  private static WalletCommand command(Object payload, String deviceId, Instant acceptedAt) {
    UUID id = UUID.randomUUID();
    return new WalletCommand(
        id, "client-1", "key-" + id, "hash-" + id, acceptedAt, payload, deviceId);
  }

  /** The wallet the gateway keys a command by. */
  public static String walletOf(WalletCommand command) {
    return switch (command.getPayload()) {
      case TransferRequested t -> t.getFromWallet();
      case WithdrawalRequested w -> w.getWallet();
      case GiveawayClaimRequested g -> g.getWallet();
      default -> throw new IllegalArgumentException("unknown payload " + command.getPayload());
    };
  }

  public static String walletOfClaim(WalletCommand command) {
    return ((GiveawayClaimRequested) command.getPayload()).getWallet();
  }

  /** Pipes the command as the gateway would (key = the wallet), its record timestamp "now". */
  public void accept(String wallet, WalletCommand command) {
    commands.pipeInput(
        new TestRecord<>(wallet, bytesOf(command), new RecordHeaders(), command.getAcceptedAt()));
  }

  public byte[] bytesOf(WalletCommand command) {
    return commandSerializer.serialize(Topics.COMMANDS, command);
  }

  public void pipeRawCommand(String wallet, byte[] bytes, Instant at) {
    commands.pipeInput(new TestRecord<>(wallet, bytes, new RecordHeaders(), at));
  }

  // --- what internal producers and the ledger write ---

  public void openCampaign(String campaign, long amountPerClaim, long budget) {
    events.pipeInput(
        campaign,
        new WalletEvent(
            UUID.randomUUID(),
            "marketing",
            T0,
            new GiveawayCampaignOpened(
                campaign,
                "USDC",
                BigDecimal.valueOf(amountPerClaim),
                BigDecimal.valueOf(budget),
                T0.minusSeconds(3600),
                T0.plusSeconds(86_400))),
        T0);
  }

  /** The ledger's result for a command it decided (key: the wallet). */
  public void ledgerDecided(
      WalletCommand command,
      String wallet,
      Outcome outcome,
      String reason,
      String campaign,
      String kind) {
    ledgerResults.pipeInput(
        wallet,
        new CommandResult(
            command.getCommandId(), kind, wallet, outcome, reason, T0.plusSeconds(1), campaign),
        T0.plusSeconds(1));
  }

  // --- what comes out ---

  public List<WalletCommand> screenedCommands() {
    return screened.readValuesToList().stream()
        .map(b -> commandDeserializer.deserialize(Topics.SCREENED_COMMANDS, b))
        .toList();
  }

  public List<TestRecord<String, byte[]>> screenedRecords() {
    return screened.readRecordsToList();
  }

  /** Every result the topologies wrote (screening's rejections), consumed. */
  public List<CommandResult> screeningResults() {
    return results.readValuesToList();
  }

  public Map<String, CommandResult> screeningResultsById() {
    return results.readValuesToList().stream()
        .collect(Collectors.toMap(r -> r.getMessageId().toString(), r -> r, (a, b) -> b));
  }

  public List<TestRecord<byte[], byte[]>> deadLetters() {
    return deadLetters.readRecordsToList();
  }

  @Override
  public void close() {
    driver.close();
  }
}
